namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// A plain list's reads, one at a time: a new read (another search, filter, order or page) cancels the
/// one still running, whose result is then dropped instead of replacing the newer one's rows.
/// </summary>
public sealed class LatestRead
{
    private CancellationTokenSource? _current;

    /// <summary>Runs <paramref name="read"/>, which applies its result only if it was not cancelled.</summary>
    public async Task RunAsync(Func<CancellationToken, Task> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _current?.Cancel();
        using var mine = _current = new CancellationTokenSource();
        try
        {
            await read(mine.Token);
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
