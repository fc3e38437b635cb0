using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide: each host that configures the job queue replaces it
/// with its own logger factory. When that host stops first (tests start and stop several hosts in
/// one process), its disposed factory must not make every later enqueue fail: such a log entry is
/// dropped instead. In a running app there is one host, so nothing is lost.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new Guarded(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Dropped.Instance;
        }
    }

    private sealed class Guarded(ILog inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class Dropped : ILog
    {
        public static readonly Dropped Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
