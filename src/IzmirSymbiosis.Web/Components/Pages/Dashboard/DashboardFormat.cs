using System.Globalization;
using IzmirSymbiosis.Application.Dashboard;

namespace IzmirSymbiosis.Web.Components.Pages.Dashboard;

/// <summary>The figures the dashboard can chart, and numbers in the reader's culture.</summary>
public static class DashboardFormat
{
    /// <summary>The figures with their resource key (<c>Impact.Figure.*</c>), unit and reader.</summary>
    public static readonly IReadOnlyList<(string Key, string Unit, Func<DashboardFigures, decimal> Value)> Figures =
    [
        ("TonnesDiverted", "t", f => f.TonnesDiverted),
        ("VirginMaterial", "t", f => f.VirginMaterialTonnes),
        ("Co2eAvoided", "t CO2e", f => f.Co2eAvoidedTonnes),
        ("Water", "m³", f => f.WaterM3),
        ("Energy", "MWh", f => f.EnergyMWh),
        ("CostSavings", "TL", f => f.CostSavingsTry),
        ("NewRevenue", "TL", f => f.NewRevenueTry),
        ("Investment", "TL", f => f.InvestmentTry),
        ("Jobs", string.Empty, f => f.Jobs),
    ];

    /// <summary>The figure named <paramref name="key"/>.</summary>
    public static (string Key, string Unit, Func<DashboardFigures, decimal> Value) Figure(string key) =>
        Figures.FirstOrDefault(f => f.Key == key) is { Key: not null } f ? f : Figures[0];

    /// <summary>A quantity: whole numbers from 100 up, one decimal below.</summary>
    public static string Number(decimal value) =>
        value.ToString(Math.Abs(value) >= 100 || value == decimal.Truncate(value) ? "N0" : "N1", CultureInfo.CurrentCulture);

    /// <summary>A share as a percentage.</summary>
    public static string Percent(double? share) => share is { } s ? s.ToString("P0", CultureInfo.CurrentCulture) : "—";

    /// <summary>The first day of a trend row as its period: month name, quarter or year.</summary>
    public static string Period(string key, DashboardGranularity granularity, string quarterFormat)
    {
        var day = DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return granularity switch
        {
            DashboardGranularity.Year => day.Year.ToString(CultureInfo.CurrentCulture),
            DashboardGranularity.Quarter => string.Format(CultureInfo.CurrentCulture, quarterFormat, day.Year, ((day.Month - 1) / 3) + 1),
            _ => day.ToString("MMM yyyy", CultureInfo.CurrentCulture),
        };
    }
}
