using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Layout;

/// <summary>
/// The markup MudThemeProvider draws (scrollbar, chart and theme styles), built once per theme
/// instead of once per circuit, by a component that is not a MudThemeProvider: MudBlazor builds the
/// 23 KB <c>style</c> element on every render (a heap dump of 60 idle <c>/matches</c> circuits held
/// 62 copies), and each provider also keeps a default <see cref="MudTheme"/> of its own (some 110
/// colour objects, about 8 KB a circuit) and asks the browser whether MudBlazor's script is loaded.
/// The theme is a constant of the layout, so one string serves every user. Light mode only: the
/// platform has no dark mode.
/// </summary>
public sealed class SharedTheme : ComponentBase
{
    private static readonly ConcurrentDictionary<MudTheme, MarkupString> s_themes = new();

    /// <summary>The theme; the same instance for every circuit.</summary>
    [Parameter, EditorRequired]
    public MudTheme Theme { get; set; } = null!;

    /// <summary>The markup MudThemeProvider draws for <paramref name="theme"/> in light mode.</summary>
    public static MarkupString Markup(MudTheme theme) => s_themes.GetOrAdd(theme, CssSource.Build);

    // Renders once per parameter change; the layout passes the same theme, so this is the first render only.
    protected override bool ShouldRender() => false;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddContent(0, Markup(Theme));
    }

    // MudThemeProvider's own builders, run once per theme outside any circuit (never rendered).
    private sealed class CssSource : MudThemeProvider
    {
        // MudThemeProvider's markup between the scrollbar's and the theme's styles (MudBlazor 9).
        private const string ChartStyles = "<style>\n    .mud-chart-serie:hover {\n        filter: url(#lighten);\n    }\n\n    .mud-chart-serie-hovered \n    {\n        filter: url(#lighten);\n    }\n</style>\n\n";

        public static MarkupString Build(MudTheme theme)
        {
#pragma warning disable BL0005 // a parameter set outside the renderer: this instance is never rendered.
            var source = new CssSource { Theme = theme };
#pragma warning restore BL0005
            return new MarkupString(BuildMudBlazorScrollbar() + ChartStyles + source.BuildTheme());
        }
    }
}
