using IzmirSymbiosis.Web.Components.Shared;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>A list's reads: a newer one cancels the one still running, whose result is dropped; real failures still surface.</summary>
public sealed class LatestReadTests
{
    [Fact]
    public async Task ANewerRead_CancelsTheOneStillRunning_WhoseResultIsDropped()
    {
        var reads = new LatestRead();
        var applied = new List<string>();
        var started = new TaskCompletionSource();
        var older = reads.RunAsync(
            async cancellationToken =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return "older";
            },
            applied.Add);
        await started.Task;

        await reads.RunAsync(_ => Task.FromResult("newer"), applied.Add);
        await older;

        Assert.Equal(["newer"], applied);
    }

    [Fact]
    public async Task AnOlderReadThatComesBackAfterTheNewer_IsDroppedThoughItIgnoredItsCancellation()
    {
        // A query already read to its end returns its rows although it was cancelled meanwhile.
        var reads = new LatestRead();
        var applied = new List<string>();
        var olderRows = new TaskCompletionSource<string>();
        var older = reads.RunAsync(_ => olderRows.Task, applied.Add);

        await reads.RunAsync(_ => Task.FromResult("17 05 04"), applied.Add);
        olderRows.SetResult("01 01 01");
        await older;

        Assert.Equal(["17 05 04"], applied);
    }

    [Fact]
    public async Task AFailureThatIsNotTheCancellation_IsNotSwallowed()
    {
        var reads = new LatestRead();

        await Assert.ThrowsAsync<InvalidOperationException>(() => reads.RunAsync<string>(_ => throw new InvalidOperationException("database down"), _ => { }));
        await Assert.ThrowsAsync<OperationCanceledException>(() => reads.RunAsync<string>(_ => throw new OperationCanceledException("timed out"), _ => { }));
    }
}
