using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Collaboration;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Documents;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Field;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Notifications;
using IzmirSymbiosis.Domain.Readiness;
using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Domain.Zones;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.Persistence;

/// <summary>The EF Core context over PostgreSQL; configurations are applied by assembly scan.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    /// <summary>ICU collation used for human-readable names.</summary>
    public const string TurkishCollation = "turkish";

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<ResourceStream> Streams => Set<ResourceStream>();

    public DbSet<Match> Matches => Set<Match>();

    public DbSet<RematchRequest> RematchRequests => Set<RematchRequest>();

    public DbSet<AppliedRematch> AppliedRematches => Set<AppliedRematch>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<SubjectDocument> SubjectDocuments => Set<SubjectDocument>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<PendingRegistration> PendingRegistrations => Set<PendingRegistration>();

    public DbSet<Introduction> Introductions => Set<Introduction>();

    public DbSet<Comment> Comments => Set<Comment>();

    /// <summary>The Data Protection key ring, shared by every app instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OrganizedIndustrialZone> Zones => Set<OrganizedIndustrialZone>();

    public DbSet<WasteCode> WasteCodes => Set<WasteCode>();

    public DbSet<WasteCategory> WasteCategories => Set<WasteCategory>();

    public DbSet<NaceActivity> NaceActivities => Set<NaceActivity>();

    public DbSet<RecoveryOperation> RecoveryOperations => Set<RecoveryOperation>();

    public DbSet<EmissionFactor> EmissionFactors => Set<EmissionFactor>();

    public DbSet<MaterialEmissionProfile> MaterialEmissionProfiles => Set<MaterialEmissionProfile>();

    public DbSet<KnownExchange> KnownExchanges => Set<KnownExchange>();

    public DbSet<Exchange> Exchanges => Set<Exchange>();

    public DbSet<FieldVisit> FieldVisits => Set<FieldVisit>();

    public DbSet<Workshop> Workshops => Set<Workshop>();

    public DbSet<ExchangeHistoryEntry> ExchangeHistory => Set<ExchangeHistoryEntry>();

    public DbSet<FactorSet> FactorSets => Set<FactorSet>();

    public DbSet<ImpactRecord> ImpactRecords => Set<ImpactRecord>();

    public DbSet<ReadinessAssessment> ReadinessAssessments => Set<ReadinessAssessment>();
    public DbSet<MatchFeedback> MatchFeedback => Set<MatchFeedback>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync(
            async () =>
            {
                await work();
                return true;
            },
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction through the execution strategy: after a
    /// transient failure the transaction is rolled back and the whole of <paramref name="work"/>
    /// runs again on an empty change tracker, so it must make every change it saves itself.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var attempt = 0;
        return Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                if (attempt++ > 0)
                {
                    ChangeTracker.Clear();
                }

                await using var tx = await Database.BeginTransactionAsync(ct);
                var result = await work();
                await tx.CommitAsync(ct);
                return result;
            },
            cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Identity names its tables AspNet*; keep the schema in one (snake_case) style.
        modelBuilder.Entity<AppUser>().ToTable("users");
        modelBuilder.Entity<IdentityRole<Guid>>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        modelBuilder.HasPostgresExtension("pg_trgm");

        // Turkish ordering for names (Ç after C, İ after I, Ş after S) on every cluster locale.
        modelBuilder.HasCollation(TurkishCollation, locale: "tr-TR", provider: "icu", deterministic: true);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // A value inside a jsonb column, for queries that group by it (the dashboard's material families).
        modelBuilder.HasDbFunction(typeof(SqlFunctions).GetMethod(nameof(SqlFunctions.JsonText))!)
            .HasName("jsonb_extract_path_text").IsBuiltIn();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names: readable in SQL and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}

/// <summary>Adapts EF's pooled factory to the application's interface.</summary>
internal sealed class AppDbContextFactory(IDbContextFactory<AppDbContext> inner) : IAppDbContextFactory
{
    public async Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
