using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Notifications;
using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// Says that saved changes are still being matched, asks again every two seconds while they are
/// and tells the page when they are done, so it reloads its matches. Also tells the page when any
/// instance stored new matches (<see cref="ILiveUpdates"/>: a change made elsewhere), so an open
/// page shows them.
/// </summary>
public partial class MatchesUpdating : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private IDisposable? _live;
    private bool _polling;

    [Inject]
    private MatchQueryService Matches { get; set; } = default!;

    [Inject]
    private ILiveUpdates LiveUpdates { get; set; } = default!;

    /// <summary>Whether the page's last load found changes still being matched.</summary>
    [Parameter]
    public bool Pending { get; set; }

    /// <summary>The firm whose changes count; null for every firm the user reads in full.</summary>
    [Parameter]
    public Guid? CompanyId { get; set; }

    /// <summary>Called once the changes are matched; the page reloads (and sets <see cref="Pending"/>).</summary>
    [Parameter]
    public EventCallback OnUpdated { get; set; }

    /// <summary>How often to ask while changes are pending.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override void OnInitialized()
    {
        if (RendererInfo.IsInteractive)
        {
            _live = LiveUpdates.Subscribe(OnLiveUpdate);
        }
    }

    private void OnLiveUpdate(LiveUpdate update)
    {
        // While polling, the poll tells the page once the pending changes are matched.
        if (update.Topic == LiveTopic.Matches && !_polling && !_stop.IsCancellationRequested)
        {
            _ = InvokeAsync(ReloadAsync);
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            await OnUpdated.InvokeAsync();
        }
        catch (Exception e) when (e is not ObjectDisposedException)
        {
            await DispatchExceptionAsync(e);
        }
    }

    protected override void OnParametersSet()
    {
        if (Pending && !_polling && RendererInfo.IsInteractive)
        {
            _polling = true;
            _ = PollAsync();
        }
    }

    private async Task PollAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(Interval);
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var updating = CompanyId is { } id ? await Matches.IsUpdatingAsync(id, _stop.Token) : await Matches.IsUpdatingAsync(_stop.Token);
                if (!updating)
                {
                    break;
                }
            }

            _polling = false;
            await InvokeAsync(OnUpdated.InvokeAsync);
        }
        catch (OperationCanceledException)
        {
            // The page was left.
        }
        catch (Exception e)
        {
            _polling = false;
            await DispatchExceptionAsync(e);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _live?.Dispose();
        _stop.Cancel();
        _stop.Dispose();
    }
}
