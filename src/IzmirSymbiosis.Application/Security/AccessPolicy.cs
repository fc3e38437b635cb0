namespace IzmirSymbiosis.Application.Security;

/// <summary>What a user may do with a firm's data.</summary>
public enum Access
{
    /// <summary>Nothing: the data does not exist for this user (404).</summary>
    None,

    /// <summary>Material, rough quantity and district only; no name, contacts, exact quantity or price.</summary>
    Anonymised,

    /// <summary>Everything, read-only.</summary>
    Read,

    /// <summary>Everything, and change it.</summary>
    Edit,
}

/// <summary>
/// The one access rule for firm data (DESIGN.md §7). Every service that reads or writes a company,
/// its streams or matches asks here; pages only hide what this already forbids.
/// </summary>
public static class AccessPolicy
{
    /// <summary>
    /// Access to a company (and so its streams): admins edit everything, experts read everything,
    /// OIZ staff edit the firms of their zones, firm users edit their own company; any other signed-in
    /// user sees other firms anonymised; anonymous visitors, users awaiting two-factor set-up and firm
    /// users awaiting membership approval see nothing.
    /// </summary>
    public static Access ForCompany(UserContext user, Guid companyId, int? zoneId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.MaySeeFirmData)
        {
            return Access.None;
        }

        if (user.IsIn(Roles.Admin))
        {
            return Access.Edit;
        }

        if (user.IsIn(Roles.Expert))
        {
            return Access.Read;
        }

        if (user.IsIn(Roles.OizStaff) && zoneId is { } z && user.ZoneIds.Contains(z))
        {
            return Access.Edit;
        }

        if (user.IsIn(Roles.FirmUser) && user.CompanyId == companyId)
        {
            return Access.Edit;
        }

        return Access.Anonymised;
    }

    /// <summary>
    /// Which firms a user reads in full, for list queries: everything (admins, experts), the firms
    /// of their zones (OIZ staff), their own firm (firm users), or nothing. It is the same rule as
    /// <see cref="ForCompany"/>, in a shape a database query can use.
    /// </summary>
    public static ReadScope ScopeOf(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.MaySeeFirmData)
        {
            return new ReadScope(false, null, []);
        }

        return user.SeesEverything
            ? new ReadScope(true, null, [])
            : new ReadScope(
                false,
                user.IsIn(Roles.FirmUser) ? user.CompanyId : null,
                user.IsIn(Roles.OizStaff) ? [.. user.ZoneIds] : []);
    }

    /// <summary>
    /// Account administration (roles, disabling, the user list, KVKK export and erasure): admins only.
    /// </summary>
    public static bool MayAdministerAccounts(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.MaySeeFirmData && user.IsIn(Roles.Admin);
    }

    /// <summary>
    /// Importing firms and streams from a spreadsheet: OIZ staff and admins. Which rows they may
    /// create or change is <see cref="ForCompany"/> on each firm (staff: their zones' firms only).
    /// </summary>
    public static bool MayImportFirms(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.MaySeeFirmData && (user.IsIn(Roles.Admin) || user.IsIn(Roles.OizStaff));
    }

    /// <summary>
    /// Exporting the firm and stream lists: OIZ staff, experts and admins (firm users keep to their
    /// own pages); the rows are those of <see cref="ScopeOf"/>.
    /// </summary>
    public static bool MayExportFirms(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.MaySeeFirmData && (user.SeesEverything || user.IsIn(Roles.OizStaff));
    }

    /// <summary>
    /// The data quality panel and its reminders: OIZ staff (over the firms of their zones), experts
    /// and admins (over all firms); the rows are those of <see cref="ScopeOf"/>. Firm users keep to
    /// their own pages.
    /// </summary>
    public static bool MayReviewDataQuality(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.MaySeeFirmData && (user.SeesEverything || user.IsIn(Roles.OizStaff));
    }

    /// <summary>Whether the user decides memberships at all: OIZ staff and admins (which firms: <see cref="MayManageMembersOf"/>).</summary>
    public static bool MayManageMembers(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsIn(Roles.Admin) || user.IsIn(Roles.OizStaff);
    }

    /// <summary>
    /// Approving, refusing and inviting a firm's members: OIZ staff and admins who may edit the firm
    /// under <see cref="ForCompany"/> (staff of the firm's zone, or an admin).
    /// </summary>
    public static bool MayManageMembersOf(UserContext user, Guid companyId, int? zoneId) =>
        MayManageMembers(user) && ForCompany(user, companyId, zoneId).CanEdit();

    /// <summary>
    /// Answering a match (interested / not interested): only an approved firm user of one of the
    /// match's two firms. Staff, experts and admins see counts, never answer.
    /// </summary>
    public static bool MayAnswerMatch(UserContext user, Guid offerCompanyId, Guid receiverCompanyId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.MaySeeFirmData && user.IsIn(Roles.FirmUser) && user.CompanyId is { } own
            && (own == offerCompanyId || own == receiverCompanyId);
    }

    /// <summary>
    /// The zone whose OIZ staff a user may hand a match to ("Diğer OSB'ye ilet"): staff who serve
    /// the zone of one of the match's firms, when the other firm belongs to a zone they do not serve
    /// (the side they see anonymised), get that zone. Null for everyone else: firm users, experts and
    /// admins (who read both sides), staff who serve neither firm's zone or both, and a match whose
    /// other firm belongs to no zone.
    /// </summary>
    public static int? HandOffZone(UserContext user, int? giverZoneId, int? receiverZoneId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.MaySeeFirmData || user.SeesEverything || !user.IsIn(Roles.OizStaff))
        {
            return null;
        }

        var zones = user.ZoneIds;
        bool Serves(int? zone) => zone is { } z && zones.Contains(z);
        return (Serves(giverZoneId), Serves(receiverZoneId)) switch
        {
            (true, false) => receiverZoneId,
            (false, true) => giverZoneId,
            _ => null,
        };
    }

    /// <summary>Who sees how many firm users answered a match (counts only, never who): OIZ staff, experts and admins.</summary>
    public static bool SeesFeedbackCounts(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.MaySeeFirmData && (user.SeesEverything || user.IsIn(Roles.OizStaff));
    }

    /// <summary>
    /// Who a user is to an introduction between two firms (DESIGN.md §7): a member of either firm
    /// (a party), OIZ staff of either firm's zone, an expert or admin (overseers); anyone else, and
    /// anyone who may not see firm data at all, is nobody to it (404). What a party sees of the
    /// other firm is <see cref="ForCompany"/> until both firms accepted, and then, for this pair
    /// only, everything of the pair's two streams, the name and the contact person.
    /// </summary>
    public static IntroductionStanding ForIntroduction(UserContext user, Guid giverCompanyId, int? giverZoneId, Guid receiverCompanyId, int? receiverZoneId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.MaySeeFirmData)
        {
            return IntroductionStanding.None;
        }

        if (user.IsIn(Roles.FirmUser) && user.CompanyId is { } own && (own == giverCompanyId || own == receiverCompanyId))
        {
            return IntroductionStanding.Party;
        }

        if (user.SeesEverything)
        {
            return IntroductionStanding.Overseer;
        }

        var zones = user.IsIn(Roles.OizStaff) ? user.ZoneIds : new HashSet<int>();
        return (giverZoneId is { } g && zones.Contains(g)) || (receiverZoneId is { } r && zones.Contains(r))
            ? IntroductionStanding.ZoneStaff
            : IntroductionStanding.None;
    }

    /// <summary>
    /// Access to the field team's records (site visits of a firm, workshops of a zone): İZKA experts
    /// and admins edit all of them, OIZ staff those of their zones (a visit is in its firm's zone);
    /// nobody else sees them, not even the visited firm: the notes are the team's working notes
    /// about the firm, and the participants' names and genders are personal data collected for
    /// UNDP's aggregate reporting only (KVKK data minimisation). What a visit gives the firm, the
    /// streams found, is on the firm's own pages.
    /// </summary>
    public static Access ForFieldRecords(UserContext user, int? zoneId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.MaySeeFirmData)
        {
            return Access.None;
        }

        return user.SeesEverything || (user.IsIn(Roles.OizStaff) && zoneId is { } z && user.ZoneIds.Contains(z))
            ? Access.Edit
            : Access.None;
    }

    /// <summary>
    /// Which field records a user sees, for list queries: all (experts, admins), those of their
    /// zones (OIZ staff), none (anyone else). The same rule as <see cref="ForFieldRecords"/>.
    /// </summary>
    public static ReadScope FieldScopeOf(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.MaySeeFirmData)
        {
            return new ReadScope(false, null, []);
        }

        return user.SeesEverything
            ? new ReadScope(true, null, [])
            : new ReadScope(false, null, user.IsIn(Roles.OizStaff) ? [.. user.ZoneIds] : []);
    }

    /// <summary>Whether the user works with field records at all (the menu and the pages).</summary>
    public static bool MayRecordFieldWork(UserContext user) => FieldScopeOf(user) is { } scope && (scope.All || scope.Zones.Count > 0);

    /// <summary>Whether the access allows reading full details.</summary>
    public static bool CanRead(this Access access) => access >= Access.Read;

    /// <summary>Whether the access allows changes.</summary>
    public static bool CanEdit(this Access access) => access == Access.Edit;
}

/// <summary>Who a user is to an introduction (see <see cref="AccessPolicy.ForIntroduction"/>).</summary>
public enum IntroductionStanding
{
    /// <summary>Nobody: the introduction does not exist for this user (404).</summary>
    None,

    /// <summary>A member of one of the two firms: answers for its firm.</summary>
    Party,

    /// <summary>OIZ staff of a zone of either firm: may propose, follow and talk.</summary>
    ZoneStaff,

    /// <summary>An İZKA expert or admin: may propose and follow every introduction.</summary>
    Overseer,
}

/// <summary>The firms a user reads in full (see <see cref="AccessPolicy.ScopeOf"/>).</summary>
/// <param name="All">Every firm.</param>
/// <param name="OwnCompany">The user's own firm, for a firm user.</param>
/// <param name="Zones">Zones whose firms the user reads (OIZ staff).</param>
public sealed record ReadScope(bool All, Guid? OwnCompany, IReadOnlyList<int> Zones);
