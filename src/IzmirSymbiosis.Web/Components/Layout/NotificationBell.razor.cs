using System.Globalization;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;

namespace IzmirSymbiosis.Web.Components.Layout;

/// <summary>
/// The bell in the app bar with the signed-in user's unread count: read when the layout renders,
/// again on every navigation, when a page marks notices read (<see cref="UnreadCountSignal"/>), when
/// any instance adds a notice for the user (<see cref="ILiveUpdates"/>) and every 30 seconds while
/// the circuit lives, in case a live update was lost (the timer stops with the component).
/// </summary>
public partial class NotificationBell : IDisposable
{
    private static readonly TimeSpan s_refresh = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _stop = new();
    private IDisposable? _live;
    private Guid? _userId;
    private int _unread;
    private bool _signedIn;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private UnreadCountSignal Signal { get; set; } = default!;

    [Inject]
    private ILiveUpdates LiveUpdates { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    private string Label => _unread > 0
        ? string.Format(CultureInfo.CurrentCulture, L["Notifications.BellUnread"], _unread)
        : L["Notifications.Bell"];

    /// <inheritdoc />
    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        Signal.Changed -= OnSignal;
        _live?.Dispose();
        _stop.Cancel();
        _stop.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _signedIn = AuthenticationState is not null && (await AuthenticationState).User.Identity?.IsAuthenticated == true;
        _unread = await Notifications.UnreadCountAsync();
        Navigation.LocationChanged += OnLocationChanged;
        Signal.Changed += OnSignal;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only an interactive circuit renders after the first time: no timer for static pages.
        if (firstRender && RendererInfo.IsInteractive)
        {
            _ = RefreshEveryAsync(_stop.Token);
            _ = ListenAsync();
        }
    }

    private async Task RefreshEveryAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(s_refresh);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await RefreshAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The component was disposed.
        }
    }

    private async Task ListenAsync()
    {
        try
        {
            _userId = (await CurrentUser.GetAsync(_stop.Token)).UserId;
            if (_userId is not null)
            {
                _live = LiveUpdates.Subscribe(OnLiveUpdate);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Disposed meanwhile.
        }
    }

    private void OnLiveUpdate(LiveUpdate update)
    {
        if (update.Topic == LiveTopic.Notifications && update.Concerns(_userId))
        {
            _ = RefreshAsync();
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = RefreshAsync();

    private void OnSignal() => _ = RefreshAsync();

    private async Task RefreshAsync()
    {
        try
        {
            var unread = await Notifications.UnreadCountAsync(_stop.Token);
            if (unread != _unread)
            {
                _unread = unread;
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Disposed meanwhile.
        }
    }
}
