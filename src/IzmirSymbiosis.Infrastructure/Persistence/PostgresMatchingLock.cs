using IzmirSymbiosis.Application.Common.Interfaces;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.Persistence;

/// <summary>
/// <see cref="IMatchingLock"/> as a transaction-scoped PostgreSQL advisory lock on a connection of its
/// own: the transaction stays open while the lock is held and ends when the handle is disposed, so
/// the lock can never outlive its holder (a connection that returns to the pool or breaks rolls its
/// transaction back; a killed process's connection is closed by the server).
/// </summary>
internal sealed class PostgresMatchingLock(DatabaseConnections connections) : IMatchingLock
{
    /// <summary>The advisory lock's key (the bytes of "IZSYMATC").</summary>
    public const long Key = 0x495A_5359_4D41_5443;

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(connections.Application);
        NpgsqlTransaction? transaction = null;
        try
        {
            await connection.OpenAsync(cancellationToken);
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, transaction);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.RollbackAsync();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // A broken connection has no transaction left, and so no lock.
            }
            finally
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }
}
