using System.Globalization;
using Hangfire;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Jobs;
using IzmirSymbiosis.Infrastructure.LiveUpdates;
using IzmirSymbiosis.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.LiveUpdates;

/// <summary>
/// Two app instances (A and B: each its own services, job server, engine and listener) on one
/// database: what one commits reaches the other's pages through PostgreSQL LISTEN/NOTIFY, and a
/// queued job runs once, on one of them.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);
    private readonly List<IHostedService> _startedB = [];
    private TestDatabase _a = null!;
    private ServiceProvider _b = null!;
    private Company _power = null!;
    private Company _cement = null!;

    public async Task InitializeAsync()
    {
        _a = await TestDatabase.CreateAsync("it_two", backgroundWorker: true);
        await _a.Initializer.MigrateAsync();
        await _a.Initializer.SeedReferenceDataAsync();
        _power = TestData.CompanyAt("Aliağa Enerji Üretim A.Ş.", "35.11", 38.80, 26.97);
        _cement = TestData.CompanyAt("Ege Çimento Sanayi A.Ş.", "23.51", 38.75, 27.00);
        await using (var db = _a.CreateContext())
        {
            db.Companies.AddRange(_power, _cement);
            await db.SaveChangesAsync();
        }

        await _a.StartWorkerAsync();
        _b = _a.AnotherInstance();
        foreach (var service in _b.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
            _startedB.Add(service);
        }

        await ListeningAsync(_a.Services);
        await ListeningAsync(_b);
    }

    public async Task DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_startedB))
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }

    private static async Task ListeningAsync(IServiceProvider instance)
    {
        var updates = instance.GetRequiredService<PostgresLiveUpdates>();
        var deadline = DateTime.UtcNow + s_patience;
        while (!updates.IsListening)
        {
            Assert.True(DateTime.UtcNow < deadline, "the listener did not start listening");
            await Task.Delay(50);
        }
    }

    /// <summary>Completes with the first update of <paramref name="topic"/> that <paramref name="instance"/> receives.</summary>
    private static (Task<LiveUpdate> Received, IDisposable Subscription) Expect(IServiceProvider instance, LiveTopic topic, Func<LiveUpdate, bool>? which = null)
    {
        var received = new TaskCompletionSource<LiveUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = instance.GetRequiredService<ILiveUpdates>().Subscribe(u =>
        {
            if (u.Topic == topic && (which is null || which(u)))
            {
                received.TrySetResult(u);
            }
        });
        return (received.Task, subscription);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_a.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task NoticeCommittedOnA_ListenerOnBIsToldTheRecipient()
    {
        var recipient = await TestUsers.AddAsync(_a, Roles.FirmUser, _cement.Id);
        var (received, subscription) = Expect(_b, LiveTopic.Notifications);
        using (subscription)
        {
            await using (var db = await _a.Contexts.CreateAsync())
            {
                var notice = new Notice("test.live", SubjectKind.Exchange, Guid.NewGuid(), "exchanges/1", "Deneme", "Test", new NoticeAudience([_cement.Id], []));
                await _a.Services.GetRequiredService<INotifier>().AddAsync(db, notice, null);
                await db.SaveChangesAsync();
            }

            var update = await received.WaitAsync(s_patience);
            Assert.True(update.Concerns(recipient.UserId));
            Assert.False(update.Concerns(Guid.NewGuid()));
        }
    }

    [Fact]
    public async Task StreamSavedOnA_BothInstancesAreToldMatchesChanged()
    {
        await _a.Services.GetRequiredService<IBackgroundJobs>().WaitForIdleAsync(s_patience);
        var (onA, subscriptionA) = Expect(_a.Services, LiveTopic.Matches);
        var (onB, subscriptionB) = Expect(_b, LiveTopic.Matches);
        using (subscriptionA)
        using (subscriptionB)
        {
            var streams = _a.Services.GetRequiredService<StreamService>();
            await streams.CreateAsync(_cement.Id, new StreamInput(
                StreamDirection.Need, ResourceKind.Material, "Çimento katkısı için uçucu kül", "10 01 02", 1_000, QuantityUnit.Tonne, QuantityPeriod.PerMonth));

            await onB.WaitAsync(s_patience);
            await onA.WaitAsync(s_patience);
        }
    }

    [Fact]
    public async Task JobsQueuedOnA_EachRunsOnceOnOneOfTheTwoServers()
    {
        var jobs = _a.Services.GetRequiredService<IBackgroundJobs>();
        await jobs.WaitForIdleAsync(s_patience);
        Assert.Equal(2, await ScalarAsync("SELECT count(*) FROM hangfire.server"));
        var client = _a.Services.GetRequiredService<IBackgroundJobClient>();
        var ids = Enumerable.Range(0, 20).Select(_ => client.Enqueue<RematchJob>(j => j.RunAsync(CancellationToken.None))).ToList();

        await jobs.WaitForIdleAsync(s_patience);

        var list = string.Join(',', ids);
        Assert.Equal(20, await ScalarAsync($"SELECT count(*) FROM hangfire.job WHERE id IN ({list}) AND statename = 'Succeeded'"));
        Assert.Equal(20, await ScalarAsync($"SELECT count(*) FROM hangfire.state WHERE jobid IN ({list}) AND name = 'Processing'"));
    }

    [Fact]
    public async Task ListenerConnectionKilled_ListensAgainAndTellsPagesToReadAgain()
    {
        var (resync, subscription) = Expect(_b, LiveTopic.Notifications, u => u.Ids.Count == 0);
        using (subscription)
        {
            // What a restarted server or a network cut does to both instances' listening connections
            // (as the superuser: only it may end another role's sessions).
            await using (var admin = new NpgsqlConnection(TestPostgres.AdminConnection))
            {
                await admin.OpenAsync();
                await using var terminate = new NpgsqlCommand(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND (query LIKE 'LISTEN%' OR query = 'SELECT 1')", admin);
                terminate.Parameters.AddWithValue("db", _a.Name);
                Assert.True((long)(await terminate.ExecuteScalarAsync())! >= 2, "both listeners found");
            }

            await resync.WaitAsync(s_patience);
            await ListeningAsync(_b);
        }

        // A notice committed after the reconnection arrives again.
        var (received, again) = Expect(_b, LiveTopic.Matches);
        using (again)
        {
            await _a.Services.GetRequiredService<ILiveUpdates>().PublishAsync(new LiveUpdate(LiveTopic.Matches, []));
            await received.WaitAsync(s_patience);
        }
    }

    [Fact]
    public async Task HealthCheck_NotListening_Degraded()
    {
        var idle = new PostgresLiveUpdates(_a.Services.GetRequiredService<IzmirSymbiosis.Infrastructure.Persistence.DatabaseConnections>(), NullLogger<PostgresLiveUpdates>.Instance);
        var check = new LiveUpdatesHealthCheck(idle);

        Assert.Equal(HealthStatus.Degraded, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        Assert.Equal(HealthStatus.Healthy, (await new LiveUpdatesHealthCheck(_b.GetRequiredService<PostgresLiveUpdates>()).CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public void Payload_FormattedAndParsed_SameUpdate()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var parsed = PostgresLiveUpdates.Parse(PostgresLiveUpdates.Format(new LiveUpdate(LiveTopic.Notifications, ids)));

        Assert.Equal(LiveTopic.Notifications, parsed!.Topic);
        Assert.Equal(ids, parsed.Ids);
        Assert.Empty(PostgresLiveUpdates.Parse(PostgresLiveUpdates.Format(new LiveUpdate(LiveTopic.Matches, [.. Enumerable.Range(0, 201).Select(_ => Guid.NewGuid())])))!.Ids);
        Assert.Null(PostgresLiveUpdates.Parse("x:"));
        Assert.Null(PostgresLiveUpdates.Parse("n:not-a-guid"));
    }
}
