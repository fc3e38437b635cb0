using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Infrastructure.Jobs;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.Infrastructure.Seeding.Demo;
using IzmirSymbiosis.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.Seeding;

/// <summary>
/// Applies migrations and loads reference and demo data, as the schema owner
/// (<see cref="DatabaseConnections.Migrations"/>). Every step is idempotent: rows whose key already
/// exists are left alone, so a second run adds nothing twice.
/// </summary>
public sealed class DatabaseInitializer(DatabaseConnections connections, ILoggerFactory loggers)
{
    /// <summary>The demo firm user whose firm is a party in several demo exchanges.</summary>
    private const string DemoFirmEmail = "firma@demo.izmirsym.org";

    private readonly ILogger _logger = loggers.CreateLogger<DatabaseInitializer>();

    /// <summary>
    /// Applies pending migrations, then grants the application role what it needs on every table,
    /// so tables added by a migration are usable at once and the audit trail stays append-only;
    /// then creates or upgrades the job store's schema (<see cref="JobSchema"/>).
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateOwnerContext();
        // Creating the history table first keeps EF from logging a failed SELECT on a fresh database.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await GrantApplicationRoleAsync(db, cancellationToken);
        await JobSchema.InstallAsync(connections.Migrations, connections.SeparateRoles ? connections.ApplicationRole : null, cancellationToken);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        _logger.LogInformation("Database schema at {Migration} ({MigrationCount} migrations)", applied.LastOrDefault(), applied.Count);
    }

    /// <summary>Loads the reference data shipped in the assembly.</summary>
    public async Task<SeedReport> SeedReferenceDataAsync(CancellationToken cancellationToken = default)
    {
        var data = ReferenceDataReader.Load();
        await using var db = CreateOwnerContext();
        var report = await db.InTransactionAsync(
            async () =>
            {
                var seeded = new SeedReport();
                seeded.Add("zones", await AddMissingAsync(db.Zones, data.Zones, z => z.Id, cancellationToken));
                seeded.Add("waste_categories", await AddMissingAsync(db.WasteCategories, data.WasteCategories, w => w.Code, cancellationToken));
                seeded.Add("waste_codes", await AddMissingAsync(db.WasteCodes, data.WasteCodes, w => w.Code, cancellationToken));
                seeded.Add("nace_activities", await AddMissingAsync(db.NaceActivities, data.NaceActivities, n => n.Code, cancellationToken));
                seeded.Add("recovery_operations", await AddMissingAsync(db.RecoveryOperations, data.RecoveryOperations, r => r.Code, cancellationToken));
                seeded.Add("emission_factors", await AddMissingAsync(db.EmissionFactors, data.EmissionFactors, e => e.Id, cancellationToken));
                seeded.Add("material_emission_profiles", await AddMissingAsync(db.MaterialEmissionProfiles, data.MaterialEmissionProfiles, e => e.Id, cancellationToken));
                seeded.Add("known_exchanges", await AddMissingAsync(db.KnownExchanges, data.KnownExchanges, e => e.ExchangeId, cancellationToken));

                // Texts and search keys of rows seeded by an earlier version follow the shipped files,
                // so a database created before the Turkish titles gets them (and their search words).
                var refreshed = await RefreshAsync(db.WasteCodes, data.WasteCodes, w => w.Code, (row, file) => (row.TitleTr, row.SearchKey) = (file.TitleTr, file.SearchKey), cancellationToken)
                    + await RefreshAsync(db.WasteCategories, data.WasteCategories, w => w.Code, (row, file) => row.TitleTr = file.TitleTr, cancellationToken)
                    + await RefreshAsync(db.NaceActivities, data.NaceActivities, n => n.Code, (row, file) => (row.TitleTr, row.SearchKey) = (file.TitleTr, file.SearchKey), cancellationToken)
                    + await RefreshAsync(db.RecoveryOperations, data.RecoveryOperations, r => r.Code, (row, file) => (row.TitleTr, row.SearchKey) = (file.TitleTr, file.SearchKey), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                _logger.LogInformation("Reference rows refreshed from the shipped files: {RefreshedCount}", refreshed);
                return seeded;
            },
            cancellationToken);
        report.Add("impact_factor_sets", await SeedImpactFactorsAsync(cancellationToken));
        _logger.LogInformation("Reference data seeded: {Report}", report.ToString());
        return report;
    }

    /// <summary>Adds the first impact factor set (<see cref="ImpactFactorSeed"/>) unless a set of its name and version exists; returns the sets added.</summary>
    public async Task<int> SeedImpactFactorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateOwnerContext();
        if (await db.FactorSets.AnyAsync(s => s.Name == ImpactFactorSeed.Name && s.Version == 1, cancellationToken))
        {
            return 0;
        }

        db.FactorSets.Add(ImpactFactorSeed.Version1(DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }

    /// <summary>Loads the deterministic demo firms and streams.</summary>
    public async Task<SeedReport> SeedDemoDataAsync(int seed = DemoDataGenerator.DefaultSeed, CancellationToken cancellationToken = default)
    {
        var demo = DemoDataGenerator.Generate(ReferenceDataReader.Load(), seed);
        await using var db = CreateOwnerContext();
        var report = await db.InTransactionAsync(
            async () =>
            {
                var seeded = new SeedReport();
                var existingVkns = (await db.Companies.Select(c => c.TaxNumber).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
                var companies = demo.Companies.Where(c => !existingVkns.Contains(c.TaxNumber)).ToList();
                db.Companies.AddRange(companies);
                seeded.Add("companies", companies.Count);
                var added = companies.Select(c => c.Id).ToHashSet();
                seeded.Add("resource_streams", await AddMissingAsync(db.Streams, demo.Streams.Where(s => added.Contains(s.CompanyId)), s => s.Id, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                return seeded;
            },
            cancellationToken);
        _logger.LogInformation("Demo data seeded: {Report}", report.ToString());
        return report;
    }

    /// <summary>
    /// Loads the demo exchanges (every stage, with history) between the demo firms, acted by the demo
    /// accounts where they exist (run after the demo users); idempotent. Exchanges whose firms or
    /// streams are missing, or whose pair already has an open exchange, are left out.
    /// </summary>
    public async Task<SeedReport> SeedDemoExchangesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateOwnerContext();
        var report = await db.InTransactionAsync(
            async () =>
            {
                var seeded = new SeedReport();
                var accounts = await db.Users.AsNoTracking()
                    .Where(u => u.Email != null && u.Email.EndsWith("@demo.izmirsym.org"))
                    .Select(u => new { u.Email, u.Id, u.CompanyId })
                    .ToListAsync(cancellationToken);
                var companies = await db.Companies.AsNoTracking().ToListAsync(cancellationToken);
                if (companies.Count < 2)
                {
                    seeded.Add("exchanges", 0);
                    return seeded;
                }

                var demoFirm = accounts.FirstOrDefault(a => a.Email == DemoFirmEmail)?.CompanyId
                    ?? companies.Where(c => c.ZoneId == 2).OrderBy(c => c.TaxNumber, StringComparer.Ordinal).Select(c => (Guid?)c.Id).FirstOrDefault()
                    ?? companies.OrderBy(c => c.TaxNumber, StringComparer.Ordinal).First().Id;
                var actors = new DemoActors(
                    accounts.FirstOrDefault(a => a.Email == "osb@demo.izmirsym.org")?.Id ?? DemoActors.Derived(demoFirm, 0x51),
                    accounts.FirstOrDefault(a => a.Email == "uzman@demo.izmirsym.org")?.Id ?? DemoActors.Derived(demoFirm, 0x52),
                    accounts.Where(a => a.CompanyId is not null).GroupBy(a => a.CompanyId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Email, StringComparer.Ordinal).First().Id),
                    demoFirm);
                var streams = await db.Streams.AsNoTracking().ToListAsync(cancellationToken);
                var hazardous = (await db.WasteCodes.AsNoTracking().Where(w => w.IsHazardous).Select(w => w.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
                // Waste codes whose material profile has a substitution or net factor in a factor set,
                // so the verified demo exchange gets a CO2e figure.
                var factorKeys = (await db.FactorSets.AsNoTracking().SelectMany(f => f.Rows.Select(r => r.Key)).Distinct()
                    .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
                var profiled = (await db.MaterialEmissionProfiles.AsNoTracking().ToListAsync(cancellationToken))
                    .Where(p => factorKeys.Contains(FactorKeys.Substitution(FactorKeys.ProfileKey(p))) || factorKeys.Contains(FactorKeys.Warm(FactorKeys.ProfileKey(p))))
                    .SelectMany(p => p.IndicativeEwcCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .ToHashSet(StringComparer.Ordinal);
                var existing = await db.Exchanges.AsNoTracking()
                    .Select(e => new { e.Id, e.OfferStreamId, e.ReceiverCompanyId, e.Stage })
                    .ToListAsync(cancellationToken);
                var added = 0;
                var history = 0;
                var ledger = 0;
                var consents = 0;
                var built = DemoExchanges.Build(companies, streams, hazardous, actors, profiled);
                var stored = existing.Select(e => e.Id).ToHashSet();
                foreach (var (exchange, entries) in built)
                {
                    if (existing.Any(e => e.Id == exchange.Id || (e.OfferStreamId == exchange.OfferStreamId && e.ReceiverCompanyId == exchange.ReceiverCompanyId && !ExchangeRules.IsFinal(e.Stage))))
                    {
                        continue;
                    }

                    stored.Add(exchange.Id);

                    db.Exchanges.Add(exchange);
                    db.ExchangeHistory.AddRange(entries);
                    added++;
                    history += entries.Count;

                    // The impact ledger as the workflow writes it: a forecast when proposed, the
                    // verified figures when verified, at the time of that step.
                    foreach (var entry in entries.Where(e => e.Action is nameof(ExchangeAction.Propose) or nameof(ExchangeAction.Verify)))
                    {
                        var verified = entry.Action == nameof(ExchangeAction.Verify);
                        var record = await ImpactLedger.RecordAsync(
                            db, exchange, verified ? ImpactBasis.Verified : ImpactBasis.Forecast, verified ? ImpactRecordReason.Verified : ImpactRecordReason.Proposed,
                            entry.ActorUserId, entry.At, cancellationToken);
                        ledger += record is null ? 0 : 1;
                    }

                    // The donor of a verified symbiosis agreed to be named in the programme's
                    // reports (its own user, when verified); receivers did not, so the demo report
                    // shows both. Only for exchanges added now: a withdrawn consent stays withdrawn.
                    if (exchange.Stage == ExchangeStage.Verified
                        && await db.Companies.FindAsync([exchange.DonorCompanyId], cancellationToken) is { AgreesToBeNamed: false } donor)
                    {
                        donor.SetNamingConsent(true, actors.UserOf(donor.Id), entries[^1].At);
                        consents++;
                    }
                }

                // Readiness assessments of the demo exchanges that have none yet (also those seeded
                // by a version without readiness).
                var assessed = (await db.ReadinessAssessments.AsNoTracking().Select(a => a.ExchangeId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
                var readiness = 0;
                foreach (var ((exchange, entries), index) in built.Select((b, i) => (b, i)))
                {
                    if (stored.Contains(exchange.Id) && !assessed.Contains(exchange.Id))
                    {
                        var assessments = DemoReadiness.Build(exchange, entries, actors, index);
                        db.ReadinessAssessments.AddRange(assessments);
                        readiness += assessments.Count;
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                seeded.Add("exchanges", added);
                seeded.Add("exchange_history", history);
                seeded.Add("impact_records", ledger);
                seeded.Add("readiness_assessments", readiness);
                seeded.Add("naming_consents", consents);
                return seeded;
            },
            cancellationToken);
        _logger.LogInformation("Demo exchanges seeded: {Report}", report.ToString());
        return report;
    }

    /// <summary>
    /// Adds the demo introductions (<see cref="DemoIntroductions"/>) on the stored matches of the demo
    /// firm user's firm; run after the demo accounts exist and the matches are stored. Introductions
    /// already there are left alone.
    /// </summary>
    public async Task<SeedReport> SeedDemoIntroductionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateOwnerContext();
        var report = new SeedReport();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.Email == "firma@demo.izmirsym.org" || u.Email == "osb@demo.izmirsym.org" || u.Email == "uzman@demo.izmirsym.org")
            .Select(u => new { u.Id, u.Email, u.CompanyId }).ToListAsync(cancellationToken);
        var firm = accounts.FirstOrDefault(a => a.Email == "firma@demo.izmirsym.org");
        var staff = accounts.FirstOrDefault(a => a.Email == "osb@demo.izmirsym.org");
        var expert = accounts.FirstOrDefault(a => a.Email == "uzman@demo.izmirsym.org");
        if (firm?.CompanyId is not { } company || staff is null || expert is null)
        {
            report.Add("introductions", 0);
            return report;
        }

        var matches = await db.Matches.AsNoTracking().Where(m => m.OfferCompanyId == company || m.ReceiverCompanyId == company).ToListAsync(cancellationToken);
        var introductions = DemoIntroductions.Build(matches, new DemoIntroductionUsers(firm.Id, company, staff.Id, expert.Id), DateTimeOffset.UtcNow);
        report.Add("introductions", await AddMissingAsync(db.Introductions, introductions, i => i.Id, cancellationToken));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The pair was introduced by a user meanwhile: the demo leaves it as it is.
            report = new SeedReport();
            report.Add("introductions", 0);
        }

        _logger.LogInformation("Demo introductions seeded: {Report}", report.ToString());
        return report;
    }

    /// <summary>
    /// Adds the demo field records (<see cref="DemoFieldRecords"/>): three site visits to the demo
    /// firm and two firms of its zone, recorded by the demo OIZ staff, and a workshop of that zone.
    /// Run after the demo accounts exist; nothing is added once the zone has any field record.
    /// </summary>
    public async Task<SeedReport> SeedDemoFieldRecordsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateOwnerContext();
        var report = new SeedReport();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.Email == "firma@demo.izmirsym.org" || u.Email == "osb@demo.izmirsym.org")
            .Select(u => new { u.Id, u.Email, u.CompanyId }).ToListAsync(cancellationToken);
        var firm = accounts.FirstOrDefault(a => a.Email == "firma@demo.izmirsym.org")?.CompanyId;
        var staff = accounts.FirstOrDefault(a => a.Email == "osb@demo.izmirsym.org");
        var zone = firm is { } f ? await db.Companies.Where(c => c.Id == f).Select(c => c.ZoneId).FirstOrDefaultAsync(cancellationToken) : null;
        if (firm is not { } company || staff is null || zone is not { } zoneId
            || await db.Workshops.AnyAsync(w => w.ZoneId == zoneId, cancellationToken)
            || await db.FieldVisits.AnyAsync(v => db.Companies.Any(c => c.Id == v.CompanyId && c.ZoneId == zoneId), cancellationToken))
        {
            report.Add("field visits", 0);
            report.Add("workshops", 0);
            return report;
        }

        var neighbours = await db.Companies.AsNoTracking().Where(c => c.ZoneId == zoneId && c.Id != company)
            .OrderBy(c => c.LegalName).Select(c => c.Id).Take(2).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3));
        var visits = DemoFieldRecords.Visits([company, .. neighbours], staff.Id, today, DateTimeOffset.UtcNow);
        db.FieldVisits.AddRange(visits);
        db.Workshops.Add(DemoFieldRecords.Workshop(zoneId, staff.Id, today, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        report.Add("field visits", visits.Count);
        report.Add("workshops", 1);
        _logger.LogInformation("Demo field records seeded: {Report}", report.ToString());
        return report;
    }

    /// <summary>
    /// The application role (when it is not the owner) gets SELECT, INSERT, UPDATE and DELETE on
    /// the tables, never TRUNCATE, and only INSERT and SELECT on <c>audit_events</c>; it reads the
    /// migrations history but cannot write it. Default privileges cover tables the owner creates
    /// outside this step (e.g. <c>dotnet ef database update</c>).
    /// </summary>
    private async Task GrantApplicationRoleAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!connections.SeparateRoles)
        {
            _logger.LogInformation("The app and its migrations use the same database role; no grants needed");
            return;
        }

        var app = DatabaseRoles.Identifier(connections.ApplicationRole!);
        var grants = $"""
            GRANT USAGE ON SCHEMA public TO {app};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app};
            REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM {app};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "__EFMigrationsHistory" FROM {app};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {app};
            """;
        await db.Database.ExecuteSqlRawAsync(grants, cancellationToken);
        _logger.LogInformation("Table grants given to the application role {Role}", connections.ApplicationRole);
    }

    private AppDbContext CreateOwnerContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseLoggerFactory(loggers);
        DependencyInjection.ConfigureDbContext(options, connections.Migrations);
        return new AppDbContext(options.Options);
    }

    /// <summary>Copies the shipped texts onto existing rows; returns how many rows changed.</summary>
    private static async Task<int> RefreshAsync<T>(DbSet<T> set, IEnumerable<T> rows, Func<T, string> key, Action<T, T> copy, CancellationToken cancellationToken)
        where T : class
    {
        var shipped = rows.ToDictionary(key, StringComparer.Ordinal);
        var changed = 0;
        foreach (var row in await set.ToListAsync(cancellationToken))
        {
            if (shipped.TryGetValue(key(row), out var file))
            {
                copy(row, file);
                if (set.Entry(row).State == EntityState.Modified)
                {
                    changed++;
                }
            }
        }

        return changed;
    }

    private static async Task<int> AddMissingAsync<T, TKey>(DbSet<T> set, IEnumerable<T> rows, Func<T, TKey> key, CancellationToken cancellationToken)
        where T : class
        where TKey : notnull
    {
        var existing = (await set.AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet();
        var missing = rows.Where(r => !existing.Contains(key(r))).ToList();
        set.AddRange(missing);
        return missing.Count;
    }
}

/// <summary>How many rows each seeding step added.</summary>
public sealed class SeedReport
{
    private readonly List<(string Table, int Added)> _rows = [];

    /// <summary>Rows added per table.</summary>
    public IReadOnlyList<(string Table, int Added)> Rows => _rows;

    /// <summary>Total rows added.</summary>
    public int Total => _rows.Sum(r => r.Added);

    internal void Add(string table, int added) => _rows.Add((table, added));

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _rows.Select(r => $"{r.Table} +{r.Added}"));
}
