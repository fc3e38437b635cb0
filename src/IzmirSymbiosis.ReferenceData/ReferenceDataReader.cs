using System.Globalization;
using System.Text;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Zones;

namespace IzmirSymbiosis.ReferenceData;

/// <summary>
/// Reads the reference CSV files embedded in this assembly (copied from the programme's
/// <c>shared/data</c>; sources in NOTICE). Parsing is pure and needs no database, so the seeding,
/// the CLI's matching commands and the Matching tests use it alike.
/// </summary>
public static class ReferenceDataReader
{
    private const string ResourcePrefix = "IzmirSymbiosis.ReferenceData.Data.";
    private static readonly Lazy<ReferenceDataSet> s_cached = new(LoadUncached);

    /// <summary>The parsed reference data (parsed once per process).</summary>
    public static ReferenceDataSet Load() => s_cached.Value;

    private static ReferenceDataSet LoadUncached() => new(
        ReadWasteCodes(),
        ReadWasteCategories(),
        ReadNace(),
        ReadOperations(),
        ReadEmissionFactors(),
        ReadProfiles(),
        ReadExchanges(),
        ReadZones());

    /// <summary>Reads one embedded CSV file by name.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(string fileName)
    {
        using var stream = typeof(ReferenceDataReader).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded reference file {fileName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return CsvReader.ReadWithHeader(reader);
    }

    private static List<WasteCode> ReadWasteCodes()
    {
        var tr = ReadTurkish("ewc_tr.csv");
        return [.. ReadCsv("ewc_list_of_waste_en.csv").Select(r =>
        {
            var titleTr = tr.GetValueOrDefault(r["code"]);
            return new WasteCode
            {
                Code = r["code"],
                ChapterCode = r["chapter_code"],
                SubChapterCode = r["subchapter_code"].Replace(" ", string.Empty, StringComparison.Ordinal),
                DescriptionEn = r["description_en"],
                TitleTr = titleTr,
                IsHazardous = r["hazardous"] == "true",
                EntryType = r["entry_type"],
                SearchKey = TurkishText.WordKey(r["code"], titleTr, r["description_en"]),
            };
        })];
    }

    /// <summary>
    /// Turkish titles by code from one of the <c>*_tr.csv</c> files (<c>code,title_tr</c>); codes
    /// without spaces, as the English files key them. Chapter titles there are upper case as in the
    /// regulation; where we have our own sentence-case title (<see cref="TurkishTitles"/>) we keep it.
    /// </summary>
    private static Dictionary<string, string> ReadTurkish(string fileName) =>
        ReadCsv(fileName).Where(r => r["title_tr"].Length > 0)
            .ToDictionary(r => r["code"].Replace(" ", string.Empty, StringComparison.Ordinal), r => r["title_tr"], StringComparer.Ordinal);

    private static List<WasteCategory> ReadWasteCategories()
    {
        var tr = ReadTurkish("ewc_tr.csv");
        return [.. ReadCsv("ewc_chapters_subchapters_en.csv").Select(r =>
        {
            var code = r["code"].Replace(" ", string.Empty, StringComparison.Ordinal);
            var isChapter = r["level"] == "chapter";
            return new WasteCategory
            {
                Code = code,
                ParentCode = isChapter ? null : r["parent_code"],
                TitleEn = r["title_en"],
                TitleTr = isChapter ? TurkishTitles.EwcChapters.GetValueOrDefault(code) : tr.GetValueOrDefault(code),
            };
        })];
    }

    private static List<NaceActivity> ReadNace()
    {
        var tr = ReadTurkish("nace_tr.csv");
        return [.. ReadCsv("nace_rev2_en.csv").Select(r =>
        {
            var level = int.Parse(r["level"], CultureInfo.InvariantCulture);
            var titleTr = level == 1 ? TurkishTitles.NaceSections.GetValueOrDefault(r["code"]) : tr.GetValueOrDefault(r["code"]);
            return new NaceActivity
            {
                Code = r["code"],
                Level = level,
                ParentCode = NullIfEmpty(r["parent"]),
                Section = r["section"],
                TitleEn = r["title_en"],
                TitleTr = titleTr,
                Includes = NullIfEmpty(r["includes"]),
                AlsoIncludes = NullIfEmpty(r["also_includes"]),
                Excludes = NullIfEmpty(r["excludes"]),
                SearchKey = TurkishText.WordKey(r["code"], titleTr, r["title_en"]),
            };
        })];
    }

    private static List<RecoveryOperation> ReadOperations()
    {
        var tr = ReadTurkish("recovery_operations_tr.csv");
        return [.. ReadCsv("waste_recovery_disposal_operations_RD_en.csv").Select(r =>
        {
            var titleTr = tr.GetValueOrDefault(r["code"]);
            return new RecoveryOperation
            {
                Code = r["code"],
                IsRecovery = r["type"] == "recovery",
                DescriptionEn = r["description_en"],
                TitleTr = titleTr,
                SearchKey = TurkishText.WordKey(r["code"], titleTr, r["description_en"]),
            };
        })];
    }

    private static List<EmissionFactor> ReadEmissionFactors()
    {
        var list = new List<EmissionFactor>();
        foreach (var r in ReadCsv("ef_uk_desnz_2024_material_use_waste_disposal.csv"))
        {
            if (ParseDouble(r["kgCO2e_per_tonne"]) is { } v)
            {
                list.Add(new EmissionFactor
                {
                    Dataset = "UK-DESNZ-2024",
                    Year = 2024,
                    Category = r["category"],
                    Material = r["material"],
                    Route = $"{r["table"]}: {r["column"]}",
                    KgCo2ePerTonne = v,
                    SourceId = r["factor_id"],
                });
            }
        }

        AddWide(list, "ef_epa_warm_v16_net_factors.csv", "EPA-WARM-v16", 2023, "_kgCO2e_per_t");
        AddWide(list, "ef_epa_hub2025_table9_waste_disposal.csv", "EPA-HUB-2025-T9", 2025, "_kgCO2e_per_t");
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Id = i + 1;
        }

        return list;
    }

    private static void AddWide(List<EmissionFactor> list, string file, string dataset, int year, string suffix)
    {
        foreach (var r in ReadCsv(file))
        {
            foreach (var (column, value) in r)
            {
                if (column.EndsWith(suffix, StringComparison.Ordinal) && ParseDouble(value) is { } v)
                {
                    list.Add(new EmissionFactor
                    {
                        Dataset = dataset,
                        Year = year,
                        Material = r["material"],
                        Route = column[..^suffix.Length],
                        KgCo2ePerTonne = v,
                    });
                }
            }
        }
    }

    private static List<MaterialEmissionProfile> ReadProfiles() =>
        [.. ReadCsv("ef_compact_co2e_by_material.csv").Select((r, i) => new MaterialEmissionProfile
        {
            Id = i + 1,
            MaterialGroup = r["material_group"],
            UkMaterial = NullIfEmpty(r["uk_material"]),
            PrimaryProductionKgCo2ePerTonne = ParseDouble(r["uk2024_primary_production_kgCO2e_t"]),
            LandfillKgCo2ePerTonne = ParseDouble(r["uk2024_disposal_landfill_kgCO2e_t"]),
            SubstitutionSavingKgCo2ePerTonne = ParseDouble(r["derived_uk_substitution_saving_kgCO2e_t"]),
            WarmMaterial = NullIfEmpty(r["warm_material"]),
            WarmLandfillMinusRecoveryKgCo2ePerTonne = ParseDouble(r["derived_warm_landfill_minus_recovery_kgCO2e_t"]),
            IndicativeEwcCodes = string.Join(' ', r["indicative_ewc_codes"]
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.Replace(" ", string.Empty, StringComparison.Ordinal))),
        })];

    private static List<KnownExchange> ReadExchanges() =>
        [.. ReadCsv("maestri_exchanges_library.csv").Select(r => new KnownExchange
        {
            ExchangeId = r["exchange_id"],
            CaseId = r["case_id"],
            DonorBusiness = NullIfEmpty(r["donor_business"]),
            DonorNace = NullIfEmpty(r["donor_nace"]),
            ReceiverBusiness = NullIfEmpty(r["receiver_business"]),
            ReceiverNace = NullIfEmpty(r["receiver_nace"]),
            MaterialDescription = r["material_description"],
            EwcCodes = r["ewc_codes_valid"] == "true"
                ? string.Join(' ', r["ewc_codes"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                : string.Empty,
            Treatment = NullIfNa(r["treatment_description"]),
            FinalUse = NullIfNa(r["final_use"]),
            Status = NullIfNa(r["status"]),
        })];

    private static List<OrganizedIndustrialZone> ReadZones() =>
        [.. ReadCsv("izmir_osb_industrial_zones.csv").Select((r, i) => new OrganizedIndustrialZone
        {
            Id = i + 1,
            NameTr = r["name_tr"],
            NameEn = r["name_en"],
            ShortName = r["short_name"],
            ZoneType = r["zone_type"],
            District = r["district"],
            Status = r["status"],
            Latitude = ParseDouble(r["zone_lat"]) ?? ParseDouble(r["district_centre_lat"]),
            Longitude = ParseDouble(r["zone_lon"]) ?? ParseDouble(r["district_centre_lon"]),
            Source = NullIfEmpty(r["existence_source"]),
        })];

    private static double? ParseDouble(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? NullIfNa(string s) => NullIfEmpty(s) is { } v && v is not "NA" and not "ND" ? v : null;
}
