using System.Globalization;
using System.Text;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.Impact;

/// <summary>
/// "Nasıl hesaplandı?": the arithmetic of an <see cref="ImpactResult"/> as text, one line per step
/// and one per note, in Turkish (Turkish number format: 1.844,3) or English (1,844.3). Each factor
/// is quoted with its value, unit, publication and its year, and what it is, e.g.
/// "120 t × 1.844,3 kg CO2e/t (UK DESNZ 2024, Metal: hurda metal …) = 221,316 t CO2e".
/// Numbers show up to <see cref="ImpactCalculator.Decimals"/> decimals, as computed.
/// </summary>
public static class ImpactExplanation
{
    private static readonly CultureInfo s_tr = CultureInfo.GetCultureInfo("tr-TR");
    private static readonly CultureInfo s_en = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The lines of the explanation; <paramref name="turkish"/> picks the language.</summary>
    public static IReadOnlyList<string> Lines(ImpactResult result, bool turkish)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var step in result.Steps)
        {
            lines.Add(Line(step, rows, turkish));
        }

        foreach (var note in result.Notes)
        {
            lines.Add(Note(note, turkish));
        }

        return lines;
    }

    /// <summary>A number as the explanation shows it: grouped thousands, up to three decimals.</summary>
    public static string Number(decimal value, bool turkish)
    {
        var text = Math.Abs(value).ToString("#,##0.###", turkish ? s_tr : s_en);
        return value < 0 ? "−" + text : text;
    }

    /// <summary>The label of a term.</summary>
    public static string Label(ImpactTerm term, bool turkish) => (term, turkish) switch
    {
        (ImpactTerm.Quantity, true) => "Miktar",
        (ImpactTerm.Quantity, false) => "Quantity",
        (ImpactTerm.AnnualQuantity, true) => "Yıllık miktar",
        (ImpactTerm.AnnualQuantity, false) => "Quantity per year",
        (ImpactTerm.TonnesDiverted, true) => "Depolama veya bertaraftan kurtarılan",
        (ImpactTerm.TonnesDiverted, false) => "Diverted from landfill or disposal",
        (ImpactTerm.VirginMaterial, true) => "Yerine geçtiği birincil hammadde",
        (ImpactTerm.VirginMaterial, false) => "Virgin material substituted",
        (ImpactTerm.Substitution, true) => "Önlenen birincil üretim",
        (ImpactTerm.Substitution, false) => "Avoided primary production",
        (ImpactTerm.AvoidedDisposal, true) => "Önlenen depolama",
        (ImpactTerm.AvoidedDisposal, false) => "Avoided landfill",
        (ImpactTerm.WarmNet, true) => "Önlenen emisyon (depolama − geri kazanım, net)",
        (ImpactTerm.WarmNet, false) => "Avoided emissions (landfill − recovery, net)",
        (ImpactTerm.AvoidedGridElectricity, true) => "Önlenen şebeke elektriği",
        (ImpactTerm.AvoidedGridElectricity, false) => "Avoided grid electricity",
        (ImpactTerm.Transport, true) => "Taşıma",
        (ImpactTerm.Transport, false) => "Transport",
        (ImpactTerm.Processing, true) => "İşleme elektriği",
        (ImpactTerm.Processing, false) => "Processing electricity",
        (ImpactTerm.Co2eAvoided, true) => "Net önlenen CO2e",
        (ImpactTerm.Co2eAvoided, false) => "Net CO2e avoided",
        (ImpactTerm.Water, true) => "Yeniden kullanılan su",
        (ImpactTerm.Water, false) => "Water reused",
        (ImpactTerm.Energy, true) => "Yeniden kullanılan enerji",
        (ImpactTerm.Energy, false) => "Energy reused",
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    /// <summary>The text of a note.</summary>
    public static string Note(ImpactNote note, bool turkish) => (note, turkish) switch
    {
        (ImpactNote.NoMaterialProfile, true) => "Bu atık için malzeme profili yok: ikame ve önlenen depolama sayılmadı.",
        (ImpactNote.NoMaterialProfile, false) => "No material profile for this waste: no substitution or avoided landfill is counted.",
        (ImpactNote.WarmIncludesDisposal, true) => "ABD EPA WARM net faktörü önlenen depolamayı ve birincil üretimi zaten içerir; üzerine ayrıca bir şey eklenmedi.",
        (ImpactNote.WarmIncludesDisposal, false) => "The US EPA WARM net factor already includes the avoided landfill and primary production; nothing is added to it.",
        (ImpactNote.OneToOneSubstitution, true) => "Geri kazanılan her ton bir ton birincil hammaddenin yerine geçer varsayıldı.",
        (ImpactNote.OneToOneSubstitution, false) => "Each recovered tonne is taken to replace a tonne of virgin material.",
        (ImpactNote.EnergyRecoveryNoSubstitution, true) => "Enerji geri kazanımı (R1) hammadde yerine geçmez: yalnızca önlenen depolama sayıldı.",
        (ImpactNote.EnergyRecoveryNoSubstitution, false) => "Energy recovery (R1) replaces no material: only the avoided landfill is counted.",
        (ImpactNote.CombinedTransportAsRoad, true) => "Karma taşıma, tüm mesafe karayoluyla yapılmış gibi sayıldı (daha büyük faktör).",
        (ImpactNote.CombinedTransportAsRoad, false) => "Combined transport is counted as road transport over the whole distance (the larger factor).",
        (ImpactNote.NoDistance, true) => "Mesafe girilmedi: taşıma emisyonu sayılmadı.",
        (ImpactNote.NoDistance, false) => "No distance given: no transport emission is counted.",
        (ImpactNote.NoTransport, true) => "Taşıma yok (aynı saha veya boru hattı): taşıma emisyonu sayılmadı.",
        (ImpactNote.NoTransport, false) => "No transport (same site or pipeline): no transport emission is counted.",
        (ImpactNote.EnergyDisplacesGridElectricity, true) => "Teslim edilen enerjinin, Türkiye ortalama faktörüyle şebeke elektriğinin yerine geçtiği varsayıldı.",
        (ImpactNote.EnergyDisplacesGridElectricity, false) => "The delivered energy is taken to replace grid electricity at Türkiye's average factor.",
        (ImpactNote.NotMass, true) => "Miktar kütle değil: ton ve malzeme kaynaklı CO2e hesaplanmadı.",
        (ImpactNote.NotMass, false) => "The quantity is not a mass: no tonnes or material CO2e are computed.",
        (ImpactNote.NonWasteRoute, true) => "Atık dışı bir yol: bertaraftan kurtarılan miktar yok.",
        (ImpactNote.NonWasteRoute, false) => "A non-waste route: nothing is diverted from disposal.",
        (ImpactNote.FactorMissing, true) => "Formülün gerektirdiği bir faktör bu faktör setinde yok: o terim 0 sayıldı.",
        (ImpactNote.FactorMissing, false) => "A factor the formula needs is missing from this factor set: its term is 0.",
        (ImpactNote.EconomicNotGiven, true) => "Maliyet tasarrufu, yeni gelir, yatırım ve istihdam girilmedi.",
        (ImpactNote.EconomicNotGiven, false) => "Cost savings, new revenue, investment and jobs were not given.",
        (ImpactNote.Co2eNotComputed, true) => "Net önlenen CO2e hesaplanmadı: bu akış için bilinen bir ikame veya önlenen bertaraf faktörü yok (taşıma emisyonu ayrıca gösterildi).",
        (ImpactNote.Co2eNotComputed, false) => "Net CO2e avoided is not computed: no substitution or avoided-disposal factor is known for this stream (the transport emission is shown separately).",
        _ => throw new ArgumentOutOfRangeException(nameof(note)),
    };

    private static string Line(ImpactStep step, Dictionary<string, FactorRowUsed> rows, bool turkish)
    {
        var text = new StringBuilder(Label(step.Term, turkish)).Append(": ");
        switch (step.Operation)
        {
            case StepOperation.Same:
                break;
            case StepOperation.Product:
                text.AppendJoin(" × ", step.Operands.Select(o => Operand(o, rows, turkish))).Append(" = ");
                break;
            case StepOperation.Sum:
                for (var i = 0; i < step.Operands.Count; i++)
                {
                    var o = step.Operands[i];
                    text.Append(i == 0 ? (o.Sign < 0 ? "−" : string.Empty) : (o.Sign < 0 ? " − " : " + ")).Append(Number(o.Value, turkish));
                }

                text.Append(step.Operands.Count == 0 ? string.Empty : " = ");
                break;
        }

        return text.Append(Number(step.Result, turkish)).Append(' ').Append(Unit(step.ResultSymbol, step.ResultPer, turkish)).ToString();
    }

    private static string Operand(StepOperand o, Dictionary<string, FactorRowUsed> rows, bool turkish)
    {
        if (o.PeriodsPerYear && o.Per is { } p)
        {
            return $"{Number(o.Value, turkish)} {PeriodName(p, turkish, plural: o.Value != 1)}/{PeriodName(QuantityPeriod.PerYear, turkish, plural: false)}";
        }

        var text = $"{Number(o.Value, turkish)} {Unit(o.Symbol, o.Per, turkish)}";
        if (o.FactorKey is { } key && rows.TryGetValue(key, out var row))
        {
            // The publication with its year (most sources carry it in their name already).
            var year = row.Year.ToString(CultureInfo.InvariantCulture);
            var source = row.Source.Contains(year, StringComparison.Ordinal) ? row.Source : $"{row.Source} {year}";
            text += $" ({source}, {(turkish ? row.LabelTr : row.LabelEn)})";
        }

        return text;
    }

    private static string Unit(string symbol, QuantityPeriod? per, bool turkish)
    {
        var s = !turkish && symbol == "adet" ? "pcs" : symbol;
        return per is { } p && p != QuantityPeriod.OneOff ? $"{s}/{PeriodName(p, turkish, plural: false)}" : s;
    }

    private static string PeriodName(QuantityPeriod period, bool turkish, bool plural) => (period, turkish) switch
    {
        (QuantityPeriod.PerDay, true) => "gün",
        (QuantityPeriod.PerWeek, true) => "hafta",
        (QuantityPeriod.PerMonth, true) => "ay",
        (QuantityPeriod.PerYear, true) => "yıl",
        (QuantityPeriod.PerDay, false) => plural ? "days" : "day",
        (QuantityPeriod.PerWeek, false) => plural ? "weeks" : "week",
        (QuantityPeriod.PerMonth, false) => plural ? "months" : "month",
        (QuantityPeriod.PerYear, false) => plural ? "years" : "year",
        _ => string.Empty,
    };
}
