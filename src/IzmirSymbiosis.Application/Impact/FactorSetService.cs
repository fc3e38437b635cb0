using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Impact;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Impact;

/// <summary>
/// The impact factor sets (DESIGN.md §6): anyone signed in reads them (they are the published
/// method behind every figure); only admins add a set or change a row of a set no figure uses yet.
/// New figures use the current set: the one published last (then the highest version, then id).
/// A used set never changes: the domain refuses it, and so does the database (trigger).
/// </summary>
public sealed class FactorSetService(IAppDbContextFactory contexts, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The sets, newest first.</summary>
    public async Task<IReadOnlyList<FactorSetSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var sets = await Newest(db.FactorSets.AsNoTracking())
            .Select(s => new { s.Id, s.Name, s.Version, s.PublishedOn, s.CreatedAt, s.InUseSince, Rows = s.Rows.Count })
            .ToListAsync(cancellationToken);
        return [.. sets.Select((s, i) => new FactorSetSummary(s.Id, s.Name, s.Version, s.PublishedOn, s.CreatedAt, s.InUseSince, s.Rows, i == 0))];
    }

    /// <summary>One set with its rows; null when there is none of that id.</summary>
    public async Task<FactorSetDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var set = await db.FactorSets.AsNoTracking().Include(s => s.Rows).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return null;
        }

        var currentId = await Newest(db.FactorSets).Select(s => s.Id).FirstAsync(cancellationToken);
        return new FactorSetDetail(
            new FactorSetSummary(set.Id, set.Name, set.Version, set.PublishedOn, set.CreatedAt, set.InUseSince, set.Rows.Count, set.Id == currentId),
            [.. set.Rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(ToInput)]);
    }

    /// <summary>The material profiles of the current set (those with a CO2e row), by Turkish name.</summary>
    public async Task<IReadOnlyList<MaterialProfileOption>> MaterialProfilesAsync(CancellationToken cancellationToken = default)
    {
        await RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var set = await Newest(db.FactorSets.AsNoTracking().Include(s => s.Rows)).FirstOrDefaultAsync(cancellationToken);
        return set is null ? [] : ProfilesOf(set);
    }

    /// <summary>The profiles named by a set's <c>material/{profile}/…</c> rows, with the name before the row label's last ": ".</summary>
    internal static IReadOnlyList<MaterialProfileOption> ProfilesOf(FactorSet set) =>
        [.. set.Rows
            .Where(r => r.Key.StartsWith("material/", StringComparison.Ordinal) && r.Key.Count(c => c == '/') == 2)
            .GroupBy(r => r.Key.Split('/')[1], StringComparer.Ordinal)
            .Select(g => new MaterialProfileOption(g.Key, NameOf(g.First().LabelTr), NameOf(g.First().LabelEn)))
            .OrderBy(p => p.NameTr, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("tr-TR"), ignoreCase: true))];

    /// <summary>Adds a set (admins only); returns its id. Its version is one more than the newest of the same name.</summary>
    /// <exception cref="ImpactActionRefusedException">The user is not an admin.</exception>
    /// <exception cref="ValidationFailedException">A field or row breaks a rule.</exception>
    public async Task<int> AddAsync(NewFactorSet request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var admin = await RequireAdminAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var name = request.Name?.Trim() ?? string.Empty;
        var version = 1 + (await db.FactorSets.Where(s => s.Name == name).MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0);
        var errors = new ErrorCollector();
        var rows = new List<FactorRow>();
        for (var i = 0; i < (request.Rows?.Count ?? 0); i++)
        {
            var r = request.Rows![i];
            errors.Try($"Rows[{i}]", () => rows.Add(new FactorRow(r.Key, r.Value, r.Unit, r.Source, r.Year, r.Note, r.LabelTr, r.LabelEn)));
        }

        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        FactorSet set;
        try
        {
            set = FactorSet.Create(name, version, request.PublishedOn, admin.UserId, now, rows);
        }
        catch (DomainException e)
        {
            throw new ValidationFailedException([FieldError.From(e, nameof(NewFactorSet.Name))]);
        }

        db.FactorSets.Add(set);
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.FactorSetAdded, admin.UserId, null, $"factor set {set.Name} v{set.Version}", now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique name and version: another admin added the same version first.
            throw new ValidationFailedException([new FieldError(nameof(NewFactorSet.Name), "Impact.FactorSetVersionTaken", [])]);
        }

        return set.Id;
    }

    /// <summary>Changes one row of a set no figure uses yet (admins only).</summary>
    /// <exception cref="ImpactActionRefusedException">The user is not an admin.</exception>
    /// <exception cref="ValidationFailedException">No such set or key, the set is in use (<c>Impact.FactorSetInUse</c>), or the row breaks a rule.</exception>
    public async Task UpdateRowAsync(int setId, FactorRowInput row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var admin = await RequireAdminAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var set = await db.FactorSets.Include(s => s.Rows).FirstOrDefaultAsync(s => s.Id == setId, cancellationToken)
            ?? throw new ValidationFailedException([new FieldError("FactorSetId", "Impact.FactorSetNotFound", [])]);
        try
        {
            set.ReplaceRow(new FactorRow(row.Key, row.Value, row.Unit, row.Source, row.Year, row.Note, row.LabelTr, row.LabelEn));
        }
        catch (DomainException e)
        {
            throw new ValidationFailedException([FieldError.From(e, nameof(FactorSet.Rows))]);
        }

        var now = clock.GetUtcNow();
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.FactorSetChanged, admin.UserId, null, $"factor set {set.Id}: {row.Key}", now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The database's trigger: a figure started using the set after it was read.
            throw new ValidationFailedException([new FieldError(nameof(FactorSet.InUseSince), "Impact.FactorSetInUse", [])]);
        }
    }

    /// <summary>The sets, the current one (used for new figures) first.</summary>
    internal static IQueryable<FactorSet> Newest(IQueryable<FactorSet> sets) =>
        sets.OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Version).ThenByDescending(s => s.Id);

    private static string NameOf(string label)
    {
        var i = label.LastIndexOf(": ", StringComparison.Ordinal);
        return i > 0 ? label[..i] : label;
    }

    private static FactorRowInput ToInput(FactorRow r) => new(r.Key, r.Value, r.Unit, r.Source, r.Year, r.Note, r.LabelTr, r.LabelEn);

    private async Task RequireSignedInAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            throw new ImpactActionRefusedException("Impact.SignInRequired");
        }
    }

    private async Task<UserContext> RequireAdminAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return user.IsIn(Roles.Admin) && user.UserId is not null ? user : throw new ImpactActionRefusedException("Impact.OnlyAdmins");
    }
}
