using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Exchanges;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Exchanges;

/// <summary>
/// Who sees an exchange, in one place used by every read (lists, the page, actions, threads and
/// documents through <see cref="ISubjectAccess"/>): whoever reads one of its party firms in full
/// under <see cref="AccessPolicy.ScopeOf"/>, i.e. the parties' firm users, OIZ staff of a party's
/// zone, experts and admins. Anyone else gets "not found". The commercial terms are for the
/// parties and experts only.
/// </summary>
public static class ExchangeAccess
{
    /// <summary>The exchanges <paramref name="user"/> may see.</summary>
    public static IQueryable<Exchange> Visible(IAppDbContext db, UserContext user)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scope = AccessPolicy.ScopeOf(user);
        if (scope.All)
        {
            return db.Exchanges;
        }

        var own = scope.OwnCompany;
        var zones = scope.Zones.ToList();
        var zoneFirms = db.Companies.Where(c => c.ZoneId != null && zones.Contains(c.ZoneId.Value)).Select(c => c.Id);
        return db.Exchanges.Where(e =>
            (own != null && (e.DonorCompanyId == own || e.ReceiverCompanyId == own || e.TransporterCompanyId == own || e.ProcessorCompanyId == own)) ||
            (zones.Count > 0 && (zoneFirms.Contains(e.DonorCompanyId) || zoneFirms.Contains(e.ReceiverCompanyId) ||
                (e.TransporterCompanyId != null && zoneFirms.Contains(e.TransporterCompanyId.Value)) ||
                (e.ProcessorCompanyId != null && zoneFirms.Contains(e.ProcessorCompanyId.Value)))));
    }

    /// <summary>
    /// The open exchanges of a pair (offer stream × receiving firm): at most one may be open at a
    /// time, so a create is refused and "Simbiyoz oluştur" is not offered while one is. Final
    /// stages as in <see cref="ExchangeRules.IsFinal"/>, in a form the database can run.
    /// </summary>
    public static IQueryable<Exchange> OpenForPair(IAppDbContext db, Guid offerStreamId, Guid receiverCompanyId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Exchanges.Where(e => e.OfferStreamId == offerStreamId && e.ReceiverCompanyId == receiverCompanyId &&
            e.Stage != ExchangeStage.Verified && e.Stage != ExchangeStage.Rejected && e.Stage != ExchangeStage.Withdrawn);
    }

    /// <summary>
    /// How <paramref name="user"/> relates to a visible exchange, given the zones of its party firms;
    /// null when it should not see it.
    /// </summary>
    public static ExchangeActor? RelationOf(UserContext user, Exchange exchange, IReadOnlyDictionary<Guid, int?> partyZones)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(exchange);
        if (!user.MaySeeFirmData)
        {
            return null;
        }

        return exchange.RelationOf(
            user.UserId, user.IsIn(Roles.Admin), user.IsIn(Roles.Expert), user.IsIn(Roles.OizStaff),
            user.IsIn(Roles.FirmUser) ? user.CompanyId : null, user.ZoneIds, partyZones);
    }

    /// <summary>
    /// The exchange (untracked) and how the user is related to it, or (null, null) when the user may
    /// not see it: the one read of a single exchange for the services built on it (impact, readiness).
    /// </summary>
    public static async Task<(Exchange? Exchange, ExchangeActor? Relation)> VisibleWithRelationAsync(IAppDbContext db, UserContext user, Guid exchangeId, CancellationToken cancellationToken)
    {
        var exchange = await Visible(db, user).AsNoTracking().FirstOrDefaultAsync(e => e.Id == exchangeId, cancellationToken);
        if (exchange is null)
        {
            return (null, null);
        }

        var relation = RelationOf(user, exchange, await PartyZonesAsync(db, exchange, cancellationToken));
        return relation is null ? (null, null) : (exchange, relation);
    }

    /// <summary>The zones of the exchange's party firms.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int?>> PartyZonesAsync(IAppDbContext db, Exchange exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(exchange);
        var ids = exchange.PartyCompanyIds.ToList();
        return await db.Companies.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ZoneId, cancellationToken);
    }

    /// <summary>
    /// Whether a user related as <paramref name="relation"/> sees the other party firms of the
    /// exchange: their names, the exact figures of their streams and their users' names (DESIGN.md
    /// §7). Staff, experts and admins always do; a firm user once anonymity is lifted, i.e. the
    /// exchange came from an introduction or every party confirmed its participation (each firm
    /// agreed to take part, as both agree to an introduction).
    /// </summary>
    public static bool RevealsParties(ExchangeActor relation, Guid? introductionId, bool allPartiesConfirmed) =>
        relation != ExchangeActor.PartyFirmUser || introductionId is not null || allPartiesConfirmed;

    /// <summary>Whether someone related as <paramref name="relation"/> sees the confidential commercial terms.</summary>
    public static bool SeesCommercialTerms(ExchangeActor relation) =>
        relation is ExchangeActor.PartyFirmUser or ExchangeActor.Expert or ExchangeActor.ProposingExpert;

    /// <summary>
    /// Rights on the exchange's thread and documents: parties, zone staff and experts (the
    /// facilitators and reviewers, who may ask in the thread) contribute; admins read.
    /// </summary>
    public static SubjectRights RightsOf(ExchangeActor? relation) => relation switch
    {
        ExchangeActor.PartyFirmUser or ExchangeActor.ZoneStaff or ExchangeActor.ProposingExpert or ExchangeActor.Expert => SubjectRights.Contribute,
        ExchangeActor.Admin => SubjectRights.Read,
        _ => SubjectRights.None,
    };
}

/// <summary>
/// The access rule of <see cref="SubjectKind.Exchange"/> for threads and documents
/// (<see cref="ExchangeAccess"/>), and the exchange's circle: who hears of a new message or
/// document, and which firms a reader sees named there.
/// </summary>
internal sealed class ExchangeSubjectAccess : ISubjectAccess, ISubjectParticipants
{
    public SubjectKind Kind => SubjectKind.Exchange;

    public async Task<SubjectRights> RightsAsync(IAppDbContext db, UserContext user, Guid subjectId, CancellationToken cancellationToken = default)
    {
        var exchange = await ExchangeAccess.Visible(db, user).AsNoTracking().FirstOrDefaultAsync(e => e.Id == subjectId, cancellationToken);
        if (exchange is null)
        {
            return SubjectRights.None;
        }

        return ExchangeAccess.RightsOf(ExchangeAccess.RelationOf(user, exchange, await ExchangeAccess.PartyZonesAsync(db, exchange, cancellationToken)));
    }

    public async Task<SubjectCircle?> CircleAsync(IAppDbContext db, UserContext reader, Guid subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var exchange = await db.Exchanges.AsNoTracking().FirstOrDefaultAsync(e => e.Id == subjectId, cancellationToken);
        if (exchange is null)
        {
            return null;
        }

        var zones = await ExchangeAccess.PartyZonesAsync(db, exchange, cancellationToken);
        var relation = ExchangeAccess.RelationOf(reader, exchange, zones);
        var named = relation is { } r && ExchangeAccess.RevealsParties(r, exchange.IntroductionId, exchange.AllPartiesConfirmed)
            ? exchange.PartyCompanyIds.ToHashSet()
            : reader.CompanyId is { } own && relation is not null ? [own] : new HashSet<Guid>();
        return new SubjectCircle(ExchangeNotices.Circle(exchange, zones), ExchangeNotices.LinkOf(subjectId), named);
    }
}
