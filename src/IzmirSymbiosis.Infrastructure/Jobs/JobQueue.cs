using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// The settings of the Hangfire job store in PostgreSQL (schema <see cref="Schema"/>). The schema is
/// created and upgraded by the owner role at migration time (<see cref="JobSchema"/>); the app's
/// role only reads and writes its rows, so the store never prepares the schema itself.
/// </summary>
public static class JobQueue
{
    /// <summary>The PostgreSQL schema of the job store.</summary>
    public const string Schema = "hangfire";

    /// <summary>
    /// Options of the store. Jobs are short, so a job whose process died (kill -9) is handed to
    /// another worker after a minute; the sliding timeout keeps a long job from being handed out
    /// twice. New jobs are picked up within half a second. A lock row left by a killed process (a
    /// job's state change, the schedulers) counts as abandoned after a minute, not the store's
    /// default ten: held only for the moment of a state change, an older one blocks the workers that
    /// wait on it, and with them every job behind.
    /// </summary>
    public static PostgreSqlStorageOptions StorageOptions(bool prepareSchema) => new()
    {
        SchemaName = Schema,
        PrepareSchemaIfNecessary = prepareSchema,
        QueuePollInterval = TimeSpan.FromMilliseconds(500),
        InvisibilityTimeout = TimeSpan.FromMinutes(1),
        UseSlidingInvisibilityTimeout = true,
        DistributedLockTimeout = TimeSpan.FromMinutes(1),
    };

    /// <summary>The store over <paramref name="connectionString"/>.</summary>
    public static JobStorage Storage(string connectionString, bool prepareSchema = false)
    {
        var options = StorageOptions(prepareSchema);
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
