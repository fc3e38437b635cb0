using System.Collections.Concurrent;
using System.Globalization;
using IzmirSymbiosis.Application.Matching;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// MudBlazor's look drawn as plain markup, for what a list repeats on every row. Each component costs a
/// live circuit about 5 KB (its state and two render-tree buffers): a match row drew some forty
/// (chips, icon buttons, their icons, cells), so a page of 25 matches held about 6 MB per user. These
/// are the same elements and classes as MudChip, MudButton and MudIconButton render, without the
/// component; events stay with the component that draws them. What only shows (a score, a firm, a
/// distance, the hazard chip) is one piece of markup: a render-tree frame each instead of five to ten,
/// which every open circuit keeps for every row.
/// </summary>
public static class Plain
{
    // Each class list and icon label is built once and shared by every row and circuit: built on each
    // render, a page of rows kept its own copies (some 900 icon-button class strings in 60 circuits).
    private static readonly ConcurrentDictionary<(Variant, Color, Size), string> s_buttons = new();
    private static readonly ConcurrentDictionary<Size, string> s_iconButtons = new();
    private static readonly ConcurrentDictionary<(Variant, Color, bool, Size), string> s_chips = new();
    private static readonly ConcurrentDictionary<string, MarkupString> s_iconLabels = new();
    private static readonly ConcurrentDictionary<(string?, string), MarkupString> s_buttonLabels = new();
    private const int MaxSharedLabels = 2048;
    private static readonly ConcurrentDictionary<string, MarkupString> s_hazardous = new();
    private static readonly ConcurrentDictionary<(Color?, bool), string> s_switches = new();
    private static readonly ConcurrentDictionary<Color, string> s_tracks = new();

    /// <summary>MudLink's classes (a link in the theme's colour, underlined on hover).</summary>
    public const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1";

    /// <summary>MudButton's classes.</summary>
    public static string ButtonClass(Variant variant, Color color, Size size = Size.Small) =>
        s_buttons.GetOrAdd((variant, color, size), static k =>
        {
            var v = Name(k.Item1);
            return $"mud-button-root mud-button mud-button-{v} mud-button-{v}-{Name(k.Item2)} mud-button-{v}-size-{Name(k.Item3)} mud-ripple";
        });

    /// <summary>MudIconButton's classes.</summary>
    public static string IconButtonClass(Size size = Size.Small) =>
        s_iconButtons.GetOrAdd(size, static s => $"mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-{Name(s)}");

    /// <summary>MudChip's classes.</summary>
    public static string ChipClass(Variant variant, Color color, bool clickable = false, Size size = Size.Small) =>
        s_chips.GetOrAdd((variant, color, clickable, size), static k =>
            $"mud-chip mud-chip-{Name(k.Item1)} mud-chip-size-{Name(k.Item4)} mud-chip-color-{Name(k.Item2)}{(k.Item3 ? " mud-clickable" : string.Empty)}");

    /// <summary>
    /// A button's label with its start icon, as MudButton draws it. One string per icon and text for
    /// every row and circuit (labels are the translated button texts, a bounded set): built per render,
    /// 60 circuits of the match list held some 950 copies of the two answer buttons' 2 KB labels.
    /// </summary>
    public static MarkupString ButtonLabel(string? icon, string text)
    {
        if (s_buttonLabels.TryGetValue((icon, text), out var shared))
        {
            return shared;
        }

        var label = new MarkupString(
            "<span class=\"mud-button-label\">" +
            (icon is null ? string.Empty : $"<span class=\"mud-button-icon-start mud-button-icon-size-small\">{Svg.Icon(icon, "small").Value}</span>") +
            E(text) + "</span>");
        // A bound in case a caller ever passes free text: past it, labels are built per call again.
        return s_buttonLabels.Count < MaxSharedLabels ? s_buttonLabels.GetOrAdd((icon, text), label) : label;
    }

    public static MarkupString IconButtonLabel(string icon) =>
        s_iconLabels.GetOrAdd(icon, static i => new($"<span class=\"mud-icon-button-label\">{Svg.Icon(i, "small").Value}</span>"));

    /// <summary>A match's score as a small chip: green from 75, the theme's colour from 55.</summary>
    public static MarkupString Score(double score) => new(
        $"<div class=\"mud-chip-container\"><div class=\"{ChipClass(Variant.Filled, score >= 75 ? Color.Success : score >= 55 ? Color.Primary : Color.Default)}\" data-testid=\"match-score\">" +
        $"<span class=\"mud-chip-content\">{score.ToString("0", CultureInfo.CurrentCulture)}</span></div></div>");

    /// <summary>The red "hazardous" chip with its warning sign, as a small MudChip draws it.</summary>
    public static MarkupString Hazardous(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        // One chip per label (the language's), shared by every row and circuit.
        return s_hazardous.GetOrAdd(localizer["Waste.Hazardous"].Value, static label => new(
            $"<div class=\"mud-chip-container\"><div class=\"{ChipClass(Variant.Filled, Color.Error)}\">{Svg.Icon(Icons.Material.Filled.Warning, "small", "mud-chip-icon").Value}" +
            $"<span class=\"mud-chip-content\">{E(label)}</span></div></div>"));
    }

    /// <summary>
    /// A firm as a link, or "anonymous firm" when the user sees it anonymised (no name, no link); a
    /// name without an id (a firm introduced for one pair only) is plain text.
    /// </summary>
    public static MarkupString Company(IStringLocalizer localizer, Guid? id, string? name, string district)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var firm = (name, id) switch
        {
            (null, _) => $"<span class=\"anonymous\" data-testid=\"anonymous-company\">{E(localizer["Company.Anonymous"].Value)}</span>",
            (_, null) => $"<span data-testid=\"introduced-company\">{E(name)}</span>",
            _ => $"<a href=\"companies/{id}\">{E(name)}</a>",
        };
        return new(firm + $"<span> · {E(district)}</span>");
    }

    /// <summary>A match's offer as the match list shows it: the description, its EWC code and the firm.</summary>
    public static MarkupString OfferCell(IStringLocalizer localizer, MatchView match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var code = match.OfferEwcCode is { } c ? $" ({E(Domain.Streams.EwcCode.Display(c))})" : string.Empty;
        return new($"<div><b>{E(match.OfferDescription)}</b>{code}<br />{Company(localizer, match.OfferCompanyId, match.OfferCompanyName, match.OfferDistrict).Value}</div>");
    }

    /// <summary>
    /// A match's receiver as the match list shows it: the need and the firm, or for a latent receiver
    /// the chip naming the receiving activity.
    /// </summary>
    public static MarkupString ReceiverCell(IStringLocalizer localizer, MatchView match)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(match);
        var what = match.Kind == Domain.Matches.MatchKind.Latent
            ? $"<div class=\"mud-chip-container\"><div class=\"{ChipClass(Variant.Outlined, Color.Secondary)}\"><span class=\"mud-chip-content\">{E(localizer["Matches.Latent"].Value)} · {E(localizer.NaceLabel(match.LatentNaceCode!))}</span></div></div><br />"
            : $"<b>{E(match.NeedDescription ?? string.Empty)}</b><br />";
        return new($"<div>{what}{Company(localizer, match.ReceiverCompanyId, match.ReceiverCompanyName, match.ReceiverDistrict).Value}</div>");
    }

    /// <summary>Road distance of a match: exact km when the user may read both firms, else only its band; says so when a location is unknown.</summary>
    public static MarkupString Distance(IStringLocalizer localizer, MatchView match) =>
        new($"<span data-testid=\"match-distance\" style=\"white-space: nowrap\">{E(DistanceText(localizer, match))}</span>");

    private static string DistanceText(IStringLocalizer localizer, MatchView match)
    {
        var culture = CultureInfo.CurrentCulture;
        if (match.RoadKm is { } km)
        {
            return $"{km.ToString("0", culture)} km";
        }

        return match.Distance switch
        {
            { ToKm: { } to } band => $"{band.FromKm.ToString(culture)}–{to.ToString(culture)} km",
            { } band => $"> {band.FromKm.ToString(culture)} km",
            null => localizer["Matches.LocationUnknown"].Value,
        };
    }

    /// <summary>
    /// MudSwitch's look as plain markup: a checkbox with the switch role, its thumb and track, and the
    /// label. A MudSwitch held three components and a key interceptor (a script subscription) in every
    /// circuit that drew it; this is a dozen render-tree frames of the page that draws it.
    /// </summary>
    /// <param name="receiver">The component whose handler runs (the page), re-rendered after it.</param>
    /// <param name="value">Whether the switch is on.</param>
    /// <param name="label">The switch's words, in the reader's language.</param>
    /// <param name="color">The colour when on.</param>
    /// <param name="changed">Called with the new value.</param>
    /// <param name="enabled">False before the page is interactive, or while the choice cannot be made.</param>
    /// <param name="testId">The checkbox's <c>data-testid</c>.</param>
    public static RenderFragment Switch(object receiver, bool value, string label, Color color, Func<bool, Task> changed, bool enabled, string testId) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-input-control mud-input-control-boolean-input");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", enabled ? "mud-switch mud-input-content-placement-end" : "mud-switch mud-disabled mud-input-content-placement-end");
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "mud-switch-span mud-switch-span-medium");
        builder.OpenElement(8, "span");
        builder.AddAttribute(9, "class", SwitchBaseClass(enabled ? (value ? color : Color.Default) : null, value));
        builder.OpenElement(10, "span");
        builder.AddAttribute(11, "class", "mud-switch-button");
        builder.OpenElement(12, "input");
        builder.AddAttribute(13, "type", "checkbox");
        builder.AddAttribute(14, "role", "switch");
        builder.AddAttribute(15, "class", "mud-switch-input");
        builder.AddAttribute(16, "checked", value);
        builder.AddAttribute(17, "aria-checked", value ? "true" : "false");
        builder.AddAttribute(18, "disabled", !enabled);
        builder.AddAttribute(19, "data-testid", testId);
        builder.AddAttribute(20, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(receiver, e => changed(e.Value is true)));
        builder.CloseElement();
        builder.OpenElement(21, "span");
        builder.AddAttribute(22, "class", "mud-switch-thumb-medium d-flex align-center justify-center");
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.OpenElement(23, "span");
        builder.AddAttribute(24, "class", value ? TrackClass(color) : TrackClass(Color.Default));
        builder.CloseElement();
        builder.CloseElement();
        builder.OpenElement(25, "span");
        builder.AddAttribute(26, "class", "mud-typography mud-typography-body1 mud-inherit-text");
        builder.AddContent(27, label);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    // MudSwitch's base classes: the colour's text and hover when enabled (none when disabled), moved right when on.
    private static string SwitchBaseClass(Color? color, bool on) =>
        s_switches.GetOrAdd((color, on), static k =>
            "mud-button-root mud-icon-button mud-switch-base" +
            (k.Item1 is { } c ? $" mud-ripple mud-ripple-switch mud-{Name(c)}-text hover:mud-{Name(c)}-hover" : " mud-switch-disabled") +
            (k.Item2 ? " mud-checked" : string.Empty) + " mud-switch-base-medium");

    private static string TrackClass(Color color) => s_tracks.GetOrAdd(color, static c => $"mud-switch-track mud-{Name(c)}");

    // Text in markup: every name, district and label is encoded.
    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);

    // MudBlazor's class names are its enum names in lower case (Outlined → outlined, Success → success).
    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
