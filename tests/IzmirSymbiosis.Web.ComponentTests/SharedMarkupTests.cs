using IzmirSymbiosis.Web.Components.Layout;
using IzmirSymbiosis.Web.Components.Shared;
using MudBlazor;
using MudBlazor.Services;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// What every circuit repeats is built once: the theme's CSS, the icons' markup and MudBlazor's class
/// lists are the same string for every row and circuit (one copy in memory, not one per user), and
/// they are the markup MudBlazor itself draws.
/// </summary>
public sealed class SharedMarkupTests : BunitContext
{
    private static readonly MudTheme s_theme = new() { PaletteLight = new PaletteLight { Primary = "#00695c", Secondary = "#f9a825" } };

    public SharedMarkupTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void SharedTheme_DrawsMudBlazorsMarkup_WithOneThemeStringForEveryCircuit()
    {
        var mud = Render<MudThemeProvider>(p => p.Add(x => x.Theme, s_theme));
        var first = Render<SharedTheme>(p => p.Add(x => x.Theme, s_theme));
        var second = Render<SharedTheme>(p => p.Add(x => x.Theme, s_theme));

        Assert.Equal(mud.Markup, first.Markup);
        Assert.Contains("--mud-palette-primary:", first.Markup, StringComparison.Ordinal);
        Assert.Same(SharedTheme.Markup(s_theme).Value, SharedTheme.Markup(s_theme).Value);
        Assert.Equal(first.Markup, second.Markup);
    }

    [Fact]
    public void IconsAndClassLists_AreOneStringEach_AndNamedAsMudBlazorNamesThem()
    {
        Assert.Same(Svg.Icon(Icons.Material.Filled.Search, "small").Value, Svg.Icon(Icons.Material.Filled.Search, "small").Value);
        Assert.NotSame(Svg.Icon(Icons.Material.Filled.Search, "small").Value, Svg.Icon(Icons.Material.Filled.Search, "medium").Value);
        Assert.StartsWith("<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small mud-chip-icon\"", Svg.Icon(Icons.Material.Filled.Warning, "small", "mud-chip-icon").Value, StringComparison.Ordinal);
        Assert.Same(Plain.IconButtonLabel(Icons.Material.Filled.Close).Value, Plain.IconButtonLabel(Icons.Material.Filled.Close).Value);
        Assert.Same(Plain.ButtonLabel(Icons.Material.Filled.ThumbUp, "İlgileniyorum").Value, Plain.ButtonLabel(Icons.Material.Filled.ThumbUp, "İlgileniyorum").Value);
        Assert.NotSame(Plain.ButtonLabel(Icons.Material.Filled.ThumbUp, "İlgileniyorum").Value, Plain.ButtonLabel(null, "İlgileniyorum").Value);
        Assert.EndsWith("</svg></span>Filtreler &amp; (2)</span>", Plain.ButtonLabel(Icons.Material.Filled.FilterList, "Filtreler & (2)").Value, StringComparison.Ordinal);

        Assert.Same(Plain.ButtonClass(Variant.Outlined, Color.Primary), Plain.ButtonClass(Variant.Outlined, Color.Primary));
        Assert.Equal(
            "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-small mud-ripple",
            Plain.ButtonClass(Variant.Outlined, Color.Primary));
        Assert.Equal("mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-medium", Plain.IconButtonClass(Size.Medium));
        Assert.Equal("mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-error mud-clickable", Plain.ChipClass(Variant.Filled, Color.Error, clickable: true));
        Assert.Same(Plain.ChipClass(Variant.Filled, Color.Error), Plain.ChipClass(Variant.Filled, Color.Error));
    }

    [Fact]
    public void TablesAndCharts_DrawnAlikeByTwoCircuits_AreOneString()
    {
        static string Table(string label) => new HtmlTable().Tr().Td(label).Td(new string('9', SharedMarkup.MinLength)).ToMarkup().Value;

        // Two circuits build the same table each: the second gets the first one's string.
        var first = Table("Aliağa OSB");
        var second = Table("Aliağa OSB");
        Assert.Same(first, second);

        // Another table stays its own, and so does a short piece (not worth a lookup).
        Assert.NotSame(first, Table("Torbalı OSB"));
        Assert.NotEqual(first, Table("Torbalı OSB"));
        var shortText = new string('a', 10);
        Assert.NotSame(SharedMarkup.Share(new string('a', 10)), SharedMarkup.Share(shortText));
    }

    [Fact]
    public void SharedMarkup_HoldsItsStringsWeakly_SoACircuitsMarkupDiesWithIt()
    {
        var weak = Pool();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(weak.TryGetTarget(out _), "the pool kept a string no circuit holds");

        // A string the pool no longer holds is pooled again by the next circuit that draws it.
        var again = SharedMarkup.Share(Text());
        Assert.Same(again, SharedMarkup.Share(Text()));

        static string Text() => "<svg>" + new string('x', SharedMarkup.MinLength) + "</svg>";

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static WeakReference<string> Pool() => new(SharedMarkup.Share(Text()));
    }
}
