using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.Persistence;

/// <summary>Tells an outage of the database from other errors, so callers can answer 503 rather than 500.</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/> (or one it wraps) means the database could not be used
    /// for now: it could not be reached, broke the connection, is starting or shutting down, or
    /// transient failures outlasted the retries.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RetryLimitExceededException or NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
