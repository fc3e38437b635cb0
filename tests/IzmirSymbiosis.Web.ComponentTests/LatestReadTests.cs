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
        var older = reads.RunAsync(async cancellationToken =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            applied.Add("older");
        });
        await started.Task;

        await reads.RunAsync(_ =>
        {
            applied.Add("newer");
            return Task.CompletedTask;
        });
        await older;

        Assert.Equal(["newer"], applied);
    }

    [Fact]
    public async Task AFailureThatIsNotTheCancellation_IsNotSwallowed()
    {
        var reads = new LatestRead();

        await Assert.ThrowsAsync<InvalidOperationException>(() => reads.RunAsync(_ => throw new InvalidOperationException("database down")));
        await Assert.ThrowsAsync<OperationCanceledException>(() => reads.RunAsync(_ => throw new OperationCanceledException("timed out")));
    }
}
