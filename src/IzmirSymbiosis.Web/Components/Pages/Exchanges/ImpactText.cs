using System.Globalization;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Components.Pages.Exchanges;

/// <summary>
/// The text of an impact figure as the exchange page and the exchange's PDF sheet show it: the
/// number with its unit in the reader's format, or why there is none.
/// </summary>
public static class ImpactText
{
    /// <summary>The figures in the order they are shown (resource <c>Impact.Figure.{name}</c>).</summary>
    public static readonly IReadOnlyList<string> Figures =
        ["TonnesDiverted", "VirginMaterial", "Co2eAvoided", "Water", "Energy", "CostSavings", "NewRevenue", "Investment", "Jobs"];

    /// <summary>The figure's text, or null with the reason it is empty.</summary>
    public static (string? Text, string? Why) Figure(this IStringLocalizer l, string figure, ImpactView? view)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (view is null)
        {
            return (null, l["Impact.Why.NotRecorded"]);
        }

        var f = view.Figures;
        var massless = view.Inputs.Unit is not (QuantityUnit.Kilogram or QuantityUnit.Tonne);
        return figure switch
        {
            "TonnesDiverted" => massless && f.TonnesDiverted == 0 ? (null, l["Impact.Why.NotMass"]) : (Number(f.TonnesDiverted, "t"), null),
            "VirginMaterial" => view.Inputs.MaterialProfile is null && f.VirginMaterialTonnes == 0 ? (null, l["Impact.Why.NoProfile"])
                : (Number(f.VirginMaterialTonnes, "t"), null),
            "Co2eAvoided" => f.Co2eAvoidedTonnes is { } c ? (Number(c, l["Impact.Unit.Co2e"]), null)
                : (null, l[view.Inputs.MaterialProfile is null && view.Inputs.Kind == ResourceKind.Material ? "Impact.Why.NoProfile" : "Impact.Why.NoSaving"]),
            "Water" => (Number(f.WaterM3, "m³"), null),
            "Energy" => (Number(f.EnergyMWh, "MWh"), null),
            "CostSavings" => Money(l, f.CostSavingsTry),
            "NewRevenue" => Money(l, f.NewRevenueTry),
            "Investment" => Money(l, f.InvestmentTry),
            "Jobs" => f.Jobs is { } j ? (j.ToString("#,##0", CultureInfo.CurrentCulture), null) : (null, l["Impact.Why.NotGiven"]),
            _ => (null, null),
        };
    }

    /// <summary>The CO2e avoided of a record, or a dash.</summary>
    public static string Co2e(this IStringLocalizer l, ImpactView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Figures.Co2eAvoidedTonnes is { } c ? Number(c, l["Impact.Unit.Co2e"]) : "—";
    }

    /// <summary>A signed number with up to three decimals and its unit, with a true minus sign.</summary>
    public static string Number(decimal value, string unit)
    {
        var text = Math.Abs(value).ToString("#,##0.###", CultureInfo.CurrentCulture);
        return $"{(value < 0 ? "−" : "")}{text} {unit}";
    }

    private static (string?, string?) Money(IStringLocalizer l, decimal? value) =>
        value is { } v ? ($"{v.ToString("#,##0.##", CultureInfo.CurrentCulture)} TL", null) : (null, l["Impact.Why.NotGiven"]);
}
