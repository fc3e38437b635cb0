using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Layout;

/// <summary>
/// MudBlazor's popover provider, rendering once more after a popover has left. The provider draws
/// every open popover (a select's list, a date picker's calendar) through a child component; that
/// child keeps its previous render tree until it next renders, and the tree's fragment holds the
/// popover's owner: heap dumps of idle circuits found the field-visits page, with its firm picker and
/// date pickers, still held this way after the reader had gone on to the map. One more render after
/// the popover count falls clears that older tree, as <see cref="SettlingLayout"/> does for pages.
/// </summary>
public sealed class SettlingPopoverProvider : MudPopoverProvider
{
    private int _popovers;

    [Inject]
    private IPopoverService Popovers { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        await base.OnAfterRenderAsync(firstRender);
        var count = Popovers.ActivePopovers.Count();
        var fell = count < _popovers;
        _popovers = count;
        if (fell)
        {
            StateHasChanged();
        }
    }
}
