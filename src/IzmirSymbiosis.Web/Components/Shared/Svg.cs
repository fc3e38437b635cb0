using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// An icon as the markup <c>MudIcon</c> renders, without a component: a component costs a live
/// circuit about 5 KB (its state and two render-tree buffers), and the layout alone drew some forty
/// icons. The icon strings are MudBlazor's own constants (<c>Icons.Material…</c>), never user text.
/// </summary>
public static class Svg
{
    // One string per icon, size and class for every circuit: built on each render, the same icons were
    // kept once per row and per circuit (about 60 KB per idle /matches circuit). The keys are MudBlazor's
    // constants and our class names, a bounded set.
    private static readonly ConcurrentDictionary<(string Icon, string Size, string? ExtraClass), MarkupString> s_icons = new();

    /// <summary>The icon's <c>svg</c> element; <paramref name="size"/> is MudBlazor's size name, <paramref name="extraClass"/> is added to its classes.</summary>
    public static MarkupString Icon(string icon, string size = "medium", string? extraClass = null) =>
        s_icons.GetOrAdd((icon, size, extraClass), static k => new(
            $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{k.Size}{(k.ExtraClass is null ? string.Empty : " " + k.ExtraClass)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{k.Icon}</svg>"));
}
