using System.Diagnostics.Metrics;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Jobs;

/// <summary>
/// The app's background worker (Hangfire server on the PostgreSQL store, as the least-privileged
/// role) running against its own database: it loads the engine at start, applies saved changes
/// and retries a failed job.
/// </summary>
public sealed class BackgroundWorkerTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private Company _power = null!;
    private Company _cement = null!;

    private StreamService Streams => _db.Services.GetRequiredService<StreamService>();

    private IBackgroundJobs Jobs => _db.Services.GetRequiredService<IBackgroundJobs>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync("it_worker", backgroundWorker: true);
        await _db.Initializer.MigrateAsync();
        await _db.Initializer.SeedReferenceDataAsync();
        _power = TestData.CompanyAt("Aliağa Enerji Üretim A.Ş.", "35.11", 38.80, 26.97);
        _cement = TestData.CompanyAt("Ege Çimento Sanayi A.Ş.", "23.51", 38.75, 27.00);
        await using (var db = _db.CreateContext())
        {
            db.Companies.AddRange(_power, _cement);
            await db.SaveChangesAsync();
        }

        await _db.StartWorkerAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<List<string>> StoredAsync()
    {
        await using var db = _db.CreateContext();
        return (await db.Matches.AsNoTracking().ToListAsync())
            .Select(m => $"{m.Kind} {m.OfferId} {m.NeedId} {m.ReceiverCompanyId} {Math.Round(m.Score, 6)}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task SaveStream_WorkerStoresTheMatches()
    {
        await Jobs.WaitForIdleAsync();
        Assert.True(_db.Services.GetRequiredService<MatchingCoordinator>().IsLoaded);

        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
        await Jobs.WaitForIdleAsync();

        Assert.Contains(await StoredAsync(), m => m.StartsWith($"Registered {offer} {need} ", StringComparison.Ordinal));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM rematch_requests"));
    }

    [Fact]
    public async Task StateLockLeftByAKilledApp_TheJobRunsOnceTheLockIsAMinuteOld()
    {
        await Jobs.WaitForIdleAsync();

        // An app killed while changing a job's state leaves the job's lock row behind. Here the
        // next jobs' locks, taken a minute ago by an app that is gone; the worker must not wait the
        // store's default ten minutes for them.
        var next = await ScalarAsync("SELECT last_value FROM hangfire.job_id_seq");
        Assert.Equal(5, await ScalarAsync($"""
            WITH left_behind AS (
                INSERT INTO hangfire.lock (resource, acquired)
                SELECT '{JobQueue.Schema}:job:' || n || ':state-lock', now() at time zone 'utc' - interval '61 seconds'
                FROM generate_series({next + 1}, {next + 5}) n
                RETURNING 1)
            SELECT count(*) FROM left_behind
            """));

        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        await Jobs.WaitForIdleAsync(TimeSpan.FromSeconds(60));

        Assert.Contains(await StoredAsync(), m => m.StartsWith($"Registered {offer} {need} ", StringComparison.Ordinal));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM rematch_requests"));
    }

    [Fact]
    public async Task RematchJobFails_QueueRetriesItAndTheStoredMatchesEqualAFullRematch()
    {
        await Jobs.WaitForIdleAsync();
        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        await Jobs.WaitForIdleAsync();

        await using (var fault = await MatchWriteFault.FailFirstInsertsAsync(_db.OwnerConnectionString, failures: 1))
        {
            var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
            await Jobs.WaitForIdleAsync(TimeSpan.FromSeconds(30));

            Assert.True(await fault.InsertsSeenAsync() >= 2, "the failed write was tried again");
            Assert.Contains(await StoredAsync(), m => m.StartsWith($"Registered {offer} {need} ", StringComparison.Ordinal));
        }

        // Hangfire's retry filter moved the failed job back to the queue.
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM hangfire.state WHERE name = 'Scheduled' AND reason LIKE 'Retry attempt 1 of %'"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM rematch_requests"));
        var stored = await StoredAsync();
        await _db.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
        Assert.Equal(await StoredAsync(), stored);
    }

    [Fact]
    public async Task RematchJobFails_TelemetryCountsTheFailedRunAndTheRetry()
    {
        await Jobs.WaitForIdleAsync();
        var runs = new List<string>();
        var meters = _db.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        // This host's meter only (its factory is the meter's scope): other hosts in the process run jobs too.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "izmirsym.jobs.runs" && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(x => x.Key, x => x.Value?.ToString());
            lock (runs)
            {
                runs.Add($"{t["job"]} {t["outcome"]} {value}");
            }
        });
        listener.Start();

        await using (var fault = await MatchWriteFault.FailFirstInsertsAsync(_db.OwnerConnectionString, failures: 1))
        {
            await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
            await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
            await Jobs.WaitForIdleAsync(TimeSpan.FromSeconds(30));
        }

        lock (runs)
        {
            Assert.Contains("RematchJob failed 1", runs);
            Assert.Contains("RematchJob succeeded 1", runs);
        }
    }
}
