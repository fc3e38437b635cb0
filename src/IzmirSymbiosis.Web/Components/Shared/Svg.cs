using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// An icon as the markup <c>MudIcon</c> renders, without a component: a component costs a live
/// circuit about 5 KB (its state and two render-tree buffers), and the layout alone drew some forty
/// icons. The icon strings are MudBlazor's own constants (<c>Icons.Material…</c>), never user text.
/// </summary>
public static class Svg
{
    /// <summary>The icon's <c>svg</c> element; <paramref name="size"/> is MudBlazor's size name, <paramref name="extraClass"/> is added to its classes.</summary>
    public static MarkupString Icon(string icon, string size = "medium", string? extraClass = null) => new(
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{size}{(extraClass is null ? string.Empty : " " + extraClass)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{icon}</svg>");
}
