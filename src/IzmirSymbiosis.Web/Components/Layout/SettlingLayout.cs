using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Layout;

/// <summary>
/// A layout that renders once more after each new page (<see cref="LayoutComponentBase.Body"/>). A
/// component keeps two render trees, the one on screen and the one before it, and the older is
/// cleared only when the component next renders: the component that draws the page (MudLayout then,
/// the layout's own markup now) kept the page the reader had left, with all its rows, until the next page came.
/// Heap dumps of idle circuits after a walk held each circuit's previous page. After the second render
/// both trees hold the page on screen only.
/// </summary>
public abstract class SettlingLayout : LayoutComponentBase
{
    private bool _settle;

    protected override void OnParametersSet() => _settle = true;

    protected override void OnAfterRender(bool firstRender)
    {
        if (_settle)
        {
            _settle = false;
            StateHasChanged();
        }
    }
}
