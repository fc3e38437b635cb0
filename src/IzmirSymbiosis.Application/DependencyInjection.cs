using IzmirSymbiosis.Application.AccessTokens;
using IzmirSymbiosis.Application.Accounts;
using IzmirSymbiosis.Application.Auditing;
using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Documents;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Field;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Application.Imports;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Nace;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Application.PersonalData;
using IzmirSymbiosis.Application.Readiness;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Application.WasteCodes;
using IzmirSymbiosis.Application.Zones;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IzmirSymbiosis.Application;

/// <summary>Registers the application services.</summary>
public static class DependencyInjection
{
    /// <summary>Adds the use-case services.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<CompanyService>();
        services.AddScoped<PermitService>();
        services.AddScoped<ContactService>();
        services.AddScoped<WasteCodeService>();
        services.AddScoped<NaceService>();
        services.AddScoped<StreamService>();
        services.AddScoped<StreamQueryService>();
        services.AddScoped<MatchQueryService>();
        services.AddScoped<MatchFeedbackService>();
        services.AddScoped<MatchHandOffService>();
        services.AddScoped<Map.MapService>();
        services.AddScoped<OfferBrowseService>();
        services.AddScoped<ZoneService>();
        services.AddScoped<ImportService>();

        // Accounts and memberships: one class per action, each with its authorization inside.
        services.AddScoped<StartSignUpCommand>();
        services.AddScoped<ConfirmSignUpCommand>();
        services.AddScoped<InviteMemberCommand>();
        services.AddScoped<DecideMembershipCommand>();
        services.AddScoped<DisableAccountCommand>();
        services.AddScoped<ChangeUserRoleCommand>();
        services.AddScoped<RequestPasswordResetCommand>();
        services.AddScoped<ResetPasswordCommand>();
        services.AddScoped<OwnMembershipQuery>();
        services.AddScoped<PendingMembershipsQuery>();
        services.AddScoped<InvitableCompaniesQuery>();
        services.AddScoped<AccountListQuery>();

        // Personal access tokens and KVKK requests.
        services.AddScoped<CreateAccessTokenCommand>();
        services.AddScoped<RevokeAccessTokenCommand>();
        services.AddScoped<AccessTokenListQuery>();
        services.AddSingleton<AccessTokenAuthenticator>();
        services.AddScoped<FindPeopleQuery>();
        services.AddScoped<ExportPersonalDataCommand>();
        services.AddScoped<ErasePersonalDataCommand>();

        services.AddScoped<ExchangeService>();
        services.AddScoped<FieldVisitService>();
        services.AddScoped<WorkshopService>();
        services.AddScoped<FactorSetService>();
        services.AddScoped<DashboardService>();
        services.AddMemoryCache();
        services.AddScoped<PublicFiguresService>();
        services.AddScoped<ImpactService>();
        services.AddScoped<ReadinessService>();
        services.AddScoped<ExchangeSubjectAccess>();
        services.AddScoped<ISubjectAccess>(sp => sp.GetRequiredService<ExchangeSubjectAccess>());
        services.AddScoped<ISubjectParticipants>(sp => sp.GetRequiredService<ExchangeSubjectAccess>());

        // Documents on introductions and exchanges; the virus-scan hook lets everything through
        // unless the host registers its own scanner (README, "Documents").
        services.AddScoped<DocumentService>();
        services.TryAddSingleton<IDocumentScanner, AllowAllDocumentScanner>();

        // Notices recorded with the change that caused them; the rows are also the e-mail outbox.
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<NotificationService>();
        services.AddScoped<NotificationMailer>();
        services.AddScoped<MatchDigestMailer>();

        // The data quality panel of zone staff, experts and admins, and its reminders.
        services.AddScoped<DataQuality.DataQualityService>();
        services.AddOptions<NotificationOptions>();

        // Introductions between the two firms of a match, and comment threads on any subject.
        services.AddScoped<IntroductionService>();
        services.AddScoped<ConversationService>();
        services.AddSingleton<IntroductionAccess>();
        services.AddSingleton<ISubjectAccess>(sp => sp.GetRequiredService<IntroductionAccess>());
        services.AddSingleton<ISubjectParticipants>(sp => sp.GetRequiredService<IntroductionAccess>());

        services.AddSingleton<AuditTrail>();
        services.AddSingleton<IUserDirectory, UserDirectory>();

        // One engine per process: it holds the active streams in memory between changes; the
        // background worker (Infrastructure) is the only one that feeds it.
        services.AddSingleton<MatchingCoordinator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
