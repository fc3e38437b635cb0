using System.Globalization;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Infrastructure.Seeding;

/// <summary>
/// The first impact factor set, built from the shipped reference files: per material profile of
/// <c>ef_compact_co2e_by_material.csv</c> the UK DESNZ 2024 substitution saving and landfill factor
/// and the US EPA WARM v16 net factor (kept apart: the formula never adds them), and Türkiye's grid
/// factor and the freight factors of <c>impact_factors_tr_transport.csv</c>. Sources: NOTICE and
/// <c>ReferenceData/Data/SOURCES.md</c>.
/// </summary>
public static class ImpactFactorSeed
{
    /// <summary>Name of the seeded set.</summary>
    public const string Name = "İzmir Simbiyoz etki faktörleri";

    /// <summary>The day the first set was published.</summary>
    public static readonly DateOnly PublishedOn = new(2026, 11, 30);

    /// <summary>The rows of set version 1, in file order.</summary>
    public static IReadOnlyList<FactorRow> Rows()
    {
        var rows = new List<FactorRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in ReferenceDataReader.ReadCsv("ef_compact_co2e_by_material.csv"))
        {
            var uk = Text(r["uk_material"]);
            var warm = Text(r["warm_material"]);
            var profile = FactorKeys.ProfileKey(uk ?? warm ?? r["material_group"]);
            if (!seen.Add(profile))
            {
                continue;
            }

            if (uk is not null && Number(r["derived_uk_substitution_saving_kgCO2e_t"]) is { } saving)
            {
                var reused = r["uk_secondary_input_basis"] == "re-used";
                rows.Add(new FactorRow(
                    FactorKeys.Substitution(profile), saving, "kg CO2e/t", "UK DESNZ 2024", 2024,
                    $"Derived in ef_compact_co2e_by_material.csv: primary material production {r["uk2024_primary_production_kgCO2e_t"]} − {(reused ? "re-used " + r["uk2024_reused_kgCO2e_t"] : "closed-loop source " + r["uk2024_closed_loop_source_kgCO2e_t"])} kg CO2e/t (Material use table).",
                    $"{Tr(uk)}: birincil üretim − {(reused ? "yeniden kullanım" : "kapalı döngü ikincil girdi")}",
                    $"{uk}: primary production − {(reused ? "re-used" : "closed-loop secondary input")}"));
            }

            if (uk is not null && Number(r["uk2024_disposal_landfill_kgCO2e_t"]) is { } landfill)
            {
                rows.Add(new FactorRow(
                    FactorKeys.Landfill(profile), landfill, "kg CO2e/t", "UK DESNZ 2024", 2024,
                    "Waste disposal table, landfill column.",
                    $"{Tr(uk)}: düzenli depolama",
                    $"{uk}: landfill"));
            }

            if (warm is not null && Number(r["derived_warm_landfill_minus_recovery_kgCO2e_t"]) is { } net)
            {
                var composting = r["warm_recovery_route"] == "composting";
                rows.Add(new FactorRow(
                    FactorKeys.Warm(profile), net, "kg CO2e/t", "US EPA WARM v16", 2023,
                    $"Derived in ef_compact_co2e_by_material.csv: WARM landfill net {r["warm_v16_landfill_net_kgCO2e_t"]} − {r["warm_recovery_route"]} net {(composting ? r["warm_v16_composting_net_kgCO2e_t"] : r["warm_v16_recycling_net_kgCO2e_t"])} kg CO2e/t (per short ton × 1102.31). Includes the avoided virgin production and landfill: never added to the UK rows.",
                    $"{Tr(warm)}: depolama − {(composting ? "kompostlama" : "geri dönüşüm")} (net)",
                    $"{warm}: landfill − {(composting ? "composting" : "recycling")} (net)"));
            }
        }

        foreach (var r in ReferenceDataReader.ReadCsv("impact_factors_tr_transport.csv"))
        {
            rows.Add(new FactorRow(
                r["key"], Number(r["value"]) ?? throw new InvalidOperationException($"No value for {r["key"]}."), r["unit"], r["source"],
                int.Parse(r["year"], CultureInfo.InvariantCulture), Text(r["note"]), r["label_tr"], r["label_en"]));
        }

        return rows;
    }

    /// <summary>Set version 1, created now.</summary>
    public static FactorSet Version1(DateTimeOffset now) => FactorSet.Create(Name, 1, PublishedOn, null, now, Rows());

    private static string Tr(string name) => EmissionProfileNames.Tr(name) ?? name;

    private static string? Text(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static decimal? Number(string s) =>
        decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
