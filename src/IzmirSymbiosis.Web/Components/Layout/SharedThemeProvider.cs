using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Layout;

/// <summary>
/// MudThemeProvider drawing the same markup, with the theme's CSS built once per theme and mode
/// instead of once per circuit: MudBlazor builds the 23 KB <c>style</c> element on every render, and
/// every open circuit kept its own copy (a heap dump of 60 idle <c>/matches</c> circuits held 62).
/// The theme is a constant of the layout, so one string serves every user. Light mode only (the
/// platform has no dark mode): asking for dark mode is refused rather than served the light CSS.
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    // MudThemeProvider's own markup between the scrollbar's and the theme's styles (MudBlazor 9).
    private const string ChartStyles = "<style>\n    .mud-chart-serie:hover {\n        filter: url(#lighten);\n    }\n\n    .mud-chart-serie-hovered \n    {\n        filter: url(#lighten);\n    }\n</style>\n\n";

    private static readonly Lazy<MarkupString> s_scrollbar = new(() => new MarkupString(BuildMudBlazorScrollbar()));
    private static readonly ConcurrentDictionary<MudTheme, MarkupString> s_themes = new();

    public override Task SetParametersAsync(ParameterView parameters)
    {
        if ((parameters.TryGetValue<bool>(nameof(IsDarkMode), out var dark) && dark) ||
            (parameters.TryGetValue<bool>(nameof(ObserveSystemDarkModeChange), out var observe) && observe))
        {
            throw new NotSupportedException("SharedThemeProvider serves the light theme's CSS only.");
        }

        return base.SetParametersAsync(parameters);
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!DefaultScrollbar)
        {
            builder.AddContent(0, s_scrollbar.Value);
        }

        builder.AddMarkupContent(1, ChartStyles);
        builder.AddContent(2, s_themes.GetOrAdd(GetTheme(), _ => new MarkupString(BuildTheme())));
    }
}
