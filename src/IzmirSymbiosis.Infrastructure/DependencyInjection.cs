using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using IzmirSymbiosis.Application.AccessTokens;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Documents;
using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Application.Imports;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Reports;
using IzmirSymbiosis.Infrastructure.Documents;
using IzmirSymbiosis.Infrastructure.Exports;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Imports;
using IzmirSymbiosis.Infrastructure.Jobs;
using IzmirSymbiosis.Infrastructure.LiveUpdates;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.Infrastructure.Reports;
using IzmirSymbiosis.Infrastructure.Seeding;
using IzmirSymbiosis.Matching;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure;

/// <summary>Registers the database and seeding services.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Data Protection application name: every instance (web, CLI) with this name and the same
    /// database shares one key ring, whatever its content root.
    /// </summary>
    public const string DataProtectionApplicationName = "IzmirSymbiosis";

    /// <summary>
    /// Adds the PostgreSQL context factory (connection string <c>Default</c>, the application role)
    /// and the seeders (connection string <c>Migrations</c>, the schema owner; <c>Default</c> when unset).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");

        // Documents: the size limit and the folder (outside the web root; the web layer checks that too).
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DocumentStorageOptions>().Bind(configuration.GetSection(DocumentStorageOptions.SectionName));
        services.AddHostedService<DocumentStoreStartup>();
        return services.AddSharedOptions(configuration).AddInfrastructure(connection, configuration.GetConnectionString("Migrations"));
    }

    /// <summary>
    /// The options the app and the CLI both read (the engine's weights and limits, the access-token
    /// lifetime), bound from the same configuration and validated on start: a wrong value stops
    /// the process with the key named, instead of surfacing at the first use.
    /// </summary>
    public static IServiceCollection AddSharedOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection(MatchingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PersonalAccessTokenOptions>().Bind(configuration.GetSection(PersonalAccessTokenOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IntroductionOptions>().Bind(configuration.GetSection(IntroductionOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Adds the PostgreSQL context factory for the application's connection string and the seeders,
    /// which migrate as <paramref name="migrationsConnectionString"/> (the application's when null).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString, string? migrationsConnectionString = null)
    {
        services.AddSingleton(new DatabaseConnections(connectionString, string.IsNullOrWhiteSpace(migrationsConnectionString) ? connectionString : migrationsConnectionString));
        services.AddSingleton<PostgresLiveUpdates>();
        services.AddSingleton<ILiveUpdates>(sp => sp.GetRequiredService<PostgresLiveUpdates>());
        services.AddSingleton<NotificationWakeUp>();
        services.AddPooledDbContextFactory<AppDbContext>((sp, o) =>
        {
            ConfigureDbContext(o, connectionString);
            o.AddInterceptors(sp.GetRequiredService<NotificationWakeUp>());
        });
        services.AddSingleton<IAppDbContextFactory, AppDbContextFactory>();
        services.AddSingleton<IMatchingLock, PostgresMatchingLock>();
        services.AddTransient<DatabaseInitializer>();
        services.AddSingleton<IAccountDirectory, AccountDirectory>();
        services.AddSingleton<INotificationDirectory, NotificationDirectory>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddJobQueue(connectionString);
        services.AddSingleton<IDocumentStore>(sp => new FileSystemDocumentStore(
            sp.GetRequiredService<IOptions<DocumentStorageOptions>>().Value.ResolveFolder(sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory),
            sp.GetRequiredService<ILogger<FileSystemDocumentStore>>()));
        services.AddSingleton<IExportWriter, ExportWriter>();
        services.AddSingleton<IImportFileReader, ImportFileReader>();
        services.AddSingleton<IPdfRenderer, PdfRenderer>();
        return services;
    }

    /// <summary>
    /// The background worker of a running app: the Hangfire server that runs queued jobs (matching,
    /// mail), the <see cref="MatchingWorker"/> that loads the engine at start and the listener that
    /// brings other instances' live updates to this one's pages. Register it after
    /// the services that migrate the database at start, so it starts after them.
    /// </summary>
    public static IServiceCollection AddBackgroundWorker(this IServiceCollection services)
    {
        services.AddHostedService<MatchingWorker>();
        services.AddHostedService<NotificationSchedule>();
        services.AddHostedService<LiveUpdatesListener>();
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = 2;

            // Retries wait in the scheduled set; look for due ones every second.
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        return services;
    }

    /// <summary>
    /// The job queue's client side (enqueueing, <see cref="IBackgroundJobs"/>). Storage and job
    /// activator are this container's own, not Hangfire's process-wide defaults, so two hosts in one
    /// process (tests) never run each other's jobs.
    /// </summary>
    private static IServiceCollection AddJobQueue(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => JobQueue.Storage(connectionString));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));

        // The job filters: Hangfire's global ones plus this container's telemetry. Registered before
        // AddHangfire, which builds its job factory, state changer and performer on this provider.
        services.AddMetrics();
        services.AddSingleton<JobTelemetry>();
        services.AddSingleton<IJobFilterProvider>(sp => new JobTelemetry.Filters(sp.GetRequiredService<JobTelemetry>()));
        services.AddHangfire((sp, c) => c
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddTransient<RematchJob>();
        services.AddTransient<MailJob>();
        services.AddTransient<NotificationMailJob>();
        services.AddTransient<IntroductionExpiryJob>();
        services.AddSingleton<IBackgroundJobs, HangfireBackgroundJobs>();
        return services;
    }

    /// <summary>
    /// Identity users and roles stored in PostgreSQL, behind the application's account ports
    /// (<see cref="IIdentityStoreFactory"/>, <see cref="ITwoFactorService"/>). The web layer adds
    /// sign-in and cookies on top. Authenticator keys are encrypted and recovery codes hashed
    /// (<see cref="ProtectedUserStore"/>); the Data Protection key ring lives in the database, so it
    /// survives restarts and serves every instance.
    /// </summary>
    public static IdentityBuilder AddIdentityStores(this IServiceCollection services, Action<IdentityOptions> configure)
    {
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
        services.AddScoped<IdentitySeeder>();
        services.AddSingleton<IIdentityStoreFactory, IdentityStoreFactory>();
        services.AddScoped<ITwoFactorService, TwoFactorService>();
        return services.AddIdentityCore<AppUser>(configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<ProtectedUserStore>();
    }

    /// <summary>
    /// The one place that configures the provider, naming and migrations assembly. Transient
    /// failures (a restarted server leaves dead pooled connections; a server starting up refuses
    /// them) are retried a few times within seconds, so the first request after a restart succeeds
    /// and an outage answers quickly. Explicit transactions must therefore run through
    /// <see cref="AppDbContext.InTransactionAsync{T}"/>.
    /// </summary>
    public static void ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(WithPoolDefaults(WithoutJit(connectionString)), npgsql => npgsql
                .MigrationsHistoryTable("__EFMigrationsHistory")
                .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Connections a pool opens at most when the connection string sets no maximum. Npgsql's own
    /// default (100) equals PostgreSQL's default <c>max_connections</c>: under load the app's pool, the
    /// job server's and a second instance's asked for more than the server allows, and every refused
    /// connection was retried, so the server spent its time forking backends (scripts/load.sh, 200
    /// clients: 33 API reads/s with 100, 103/s with 30). On 2 cores 30 busy connections are plenty;
    /// requests beyond them wait in the pool's queue, which costs nothing.
    /// </summary>
    public const int DefaultMaxPoolSize = 30;

    /// <summary>
    /// The pool as the app uses it, unless the string says otherwise: at most
    /// <see cref="DefaultMaxPoolSize"/> connections, and no <c>DISCARD ALL</c> when a connection goes back
    /// to the pool (a round trip on each of a request's several context disposals; the app sets no
    /// session state: its one <c>LISTEN</c> has an unpooled connection of its own).
    /// </summary>
    public static string WithPoolDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).ToHashSet();
        if (!keys.Contains("MAXIMUMPOOLSIZE") && !keys.Contains("MAXPOOLSIZE"))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (!keys.Contains("NORESETONCLOSE"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// The connection with PostgreSQL's JIT compilation off (unless the string sets it). Our queries
    /// are short; the dashboard's roll-ups carry per-row lookups whose cost estimate passes the JIT
    /// threshold, and compiling them took 2–4 s of a 50 ms query (EXPLAIN ANALYZE on the benchmark region).
    /// </summary>
    public static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) == true)
        {
            return connectionString;
        }

        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : $"{builder.Options} -c jit=off";
        return builder.ConnectionString;
    }
}
