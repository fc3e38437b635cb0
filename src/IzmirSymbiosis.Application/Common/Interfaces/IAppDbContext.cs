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
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>
/// The application's view of the database (no repository layer). Blazor Server circuits live
/// long, so a context is created per operation through <see cref="IAppDbContextFactory"/>.
/// </summary>
public interface IAppDbContext : IAsyncDisposable, IDisposable
{
    DbSet<Company> Companies { get; }

    DbSet<ResourceStream> Streams { get; }

    DbSet<Match> Matches { get; }

    /// <summary>Changes saved whose matches are not stored yet (written with the change).</summary>
    DbSet<RematchRequest> RematchRequests { get; }

    /// <summary>Re-match requests as applied, in order, for the other instances' engines.</summary>
    DbSet<AppliedRematch> AppliedRematches { get; }

    DbSet<AuditEvent> AuditEvents { get; }

    /// <summary>Documents on introductions and exchanges (their bytes are in the document store).</summary>
    DbSet<SubjectDocument> SubjectDocuments { get; }

    DbSet<PersonalAccessToken> PersonalAccessTokens { get; }

    DbSet<PendingRegistration> PendingRegistrations { get; }

    /// <summary>Requests to introduce the two firms of a match.</summary>
    DbSet<Introduction> Introductions { get; }

    /// <summary>Messages of the threads of introductions and exchanges.</summary>
    DbSet<Comment> Comments { get; }

    DbSet<OrganizedIndustrialZone> Zones { get; }

    DbSet<WasteCode> WasteCodes { get; }

    DbSet<WasteCategory> WasteCategories { get; }

    DbSet<NaceActivity> NaceActivities { get; }

    DbSet<RecoveryOperation> RecoveryOperations { get; }

    DbSet<EmissionFactor> EmissionFactors { get; }

    DbSet<MaterialEmissionProfile> MaterialEmissionProfiles { get; }

    DbSet<KnownExchange> KnownExchanges { get; }

    DbSet<Exchange> Exchanges { get; }

    /// <summary>Site visits of the field team (participants, follow-ups and found streams in the row).</summary>
    DbSet<FieldVisit> FieldVisits { get; }

    /// <summary>Stakeholder workshops with their participant counts and synergy topics.</summary>
    DbSet<Workshop> Workshops { get; }

    /// <summary>Every step of every exchange, written with the step.</summary>
    DbSet<ExchangeHistoryEntry> ExchangeHistory { get; }

    /// <summary>Versioned impact factor sets with their rows (a used set never changes).</summary>
    DbSet<FactorSet> FactorSets { get; }

    /// <summary>The impact ledger: forecast and verified figures per exchange, only ever added to.</summary>
    DbSet<ImpactRecord> ImpactRecords { get; }

    /// <summary>Readiness assessments of exchanges, only ever added to (the latest is the current one).</summary>
    DbSet<ReadinessAssessment> ReadinessAssessments { get; }

    /// <summary>Firm users' answers to matches, per user and pair.</summary>
    DbSet<MatchFeedback> MatchFeedback { get; }

    /// <summary>Notices per recipient; also the e-mail outbox.</summary>
    DbSet<Notification> Notifications { get; }

    DbSet<NotificationPreference> NotificationPreferences { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in one database transaction (committed when it returns).</summary>
    Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction and returns its result; after a
    /// transient failure the whole of it runs again on an empty change tracker.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default);
}

/// <summary>Creates a short-lived <see cref="IAppDbContext"/> for one operation.</summary>
public interface IAppDbContextFactory
{
    Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken = default);
}
