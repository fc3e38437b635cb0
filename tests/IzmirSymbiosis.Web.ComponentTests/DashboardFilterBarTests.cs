using System.Globalization;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Web.Components.Pages.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// The dashboard's figure choice: a native select of the figures in Turkish with the shown one
/// selected, a choice passed on, a figure the dashboard does not know ignored, and (filters closed)
/// no component but the filters' toggle.
/// </summary>
public sealed class DashboardFilterBarTests : BunitContext
{
    private readonly List<string> _metrics = [];

    public DashboardFilterBarTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void MetricSelect_ListsTheFiguresInTurkish_AndPassesOnlyAKnownOne()
    {
        var bar = Render<DashboardFilterBar>(p => p
            .Add(x => x.Filter, new DashboardFilter())
            .Add(x => x.Metric, "Co2eAvoided")
            .Add(x => x.MetricChanged, EventCallback.Factory.Create<string>(this, m => _metrics.Add(m))));

        var select = bar.Find("select[data-testid=dashboard-metric]");
        Assert.Equal("Co2eAvoided", select.GetAttribute("value"));
        Assert.Equal(DashboardFormat.Figures.Count, select.QuerySelectorAll("option").Length);
        Assert.Contains("Grafikteki değer", bar.Find("label").TextContent, StringComparison.Ordinal);

        select.Change("TonnesDiverted");
        select.Change("DROP TABLE");

        Assert.Equal(["TonnesDiverted"], _metrics);
        Assert.Equal(["FiltersToggle"], bar.FindComponents<IComponent>().Select(c => c.Instance.GetType().Name).Distinct());
    }
}
