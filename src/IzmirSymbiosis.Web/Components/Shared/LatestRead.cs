namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// A plain list's reads, one at a time: a new read (another search, filter, order or page) cancels the
/// one still running, whose result is then dropped instead of replacing the newer one's rows, even when
/// it comes back after all (a query already read to its end does not notice its cancellation).
/// </summary>
public sealed class LatestRead
{
    private CancellationTokenSource? _current;

    /// <summary>Runs <paramref name="read"/> and gives its result to <paramref name="apply"/> unless a newer read replaced it.</summary>
    public async Task RunAsync<TResult>(Func<CancellationToken, Task<TResult>> read, Action<TResult> apply)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(apply);
        _current?.Cancel();
        using var mine = _current = new CancellationTokenSource();
        try
        {
            var result = await read(mine.Token);
            if (!mine.IsCancellationRequested)
            {
                apply(result);
            }
        }
        catch (OperationCanceledException) when (mine.IsCancellationRequested)
        {
            // A newer read replaced this one.
        }
        finally
        {
            if (ReferenceEquals(_current, mine))
            {
                _current = null;
            }
        }
    }
}
