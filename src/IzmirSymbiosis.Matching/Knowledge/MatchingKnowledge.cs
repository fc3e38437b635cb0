using System.Collections.Concurrent;
using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>A waste code with the features the engine uses.</summary>
/// <param name="Code">Six digits.</param>
/// <param name="DescriptionEn">Official description.</param>
/// <param name="IsHazardous">Starred entry.</param>
/// <param name="Features">Text features of the description.</param>
public sealed record WasteCodeInfo(string Code, string DescriptionEn, bool IsHazardous, IReadOnlySet<string> Features);

/// <summary>A NACE class with its text features.</summary>
/// <param name="Code">Dotted class code.</param>
/// <param name="TitleEn">Official title.</param>
/// <param name="Section">Section letter.</param>
/// <param name="TitleStems">Stems of the title.</param>
/// <param name="NoteStems">Stems of the includes and also-includes notes.</param>
public sealed record NaceClassInfo(string Code, string TitleEn, string Section, IReadOnlySet<string> TitleStems, IReadOnlySet<string> NoteStems);

/// <summary>A synergy-library exchange prepared for matching.</summary>
/// <param name="Source">The library row.</param>
/// <param name="EwcCodes">Valid six-digit codes.</param>
/// <param name="ReceiverCodes">Receiver NACE codes (class, group or division).</param>
/// <param name="DonorCodes">Donor NACE codes.</param>
/// <param name="Features">Text features of the material description.</param>
/// <param name="Concepts">Lexicon concepts of the material description and its codes.</param>
public sealed record ExchangeInfo(
    KnownExchange Source,
    IReadOnlyList<string> EwcCodes,
    IReadOnlyList<string> ReceiverCodes,
    IReadOnlyList<string> DonorCodes,
    IReadOnlySet<string> Features,
    IReadOnlySet<string> Concepts);

/// <summary>CO2e saving of recovering a tonne instead of disposing of it, with its source.</summary>
/// <param name="KgPerTonne">kg CO2e per tonne (before transport).</param>
/// <param name="SourceTr">Source and basis, Turkish.</param>
/// <param name="SourceEn">Source and basis, English.</param>
public sealed record Co2eSaving(double KgPerTonne, string SourceTr, string SourceEn);

/// <summary>
/// Reference knowledge prepared for matching: the EWC list, the NACE tree and notes, the synergy
/// library (MAESTRI Exchanges database) and the material emission profiles. Immutable and
/// thread-safe; build it once and share it.
/// </summary>
public sealed class MatchingKnowledge
{
    private readonly Dictionary<string, WasteCodeInfo> _wasteCodes;
    private readonly Dictionary<string, string> _categoryTitles;
    private readonly Dictionary<string, NaceActivity> _nace;
    private readonly Dictionary<string, MaterialEmissionProfile> _profileByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MaterialEmissionProfile> _profileByGroup = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, double>> _receiverEvidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    /// <summary>Builds the knowledge from reference rows.</summary>
    public MatchingKnowledge(
        IEnumerable<WasteCode> wasteCodes,
        IEnumerable<WasteCategory> wasteCategories,
        IEnumerable<NaceActivity> naceActivities,
        IEnumerable<RecoveryOperation> recoveryOperations,
        IEnumerable<MaterialEmissionProfile> profiles,
        IEnumerable<KnownExchange> exchanges)
    {
        _wasteCodes = wasteCodes.ToDictionary(
            w => w.Code,
            w => new WasteCodeInfo(w.Code, w.DescriptionEn, w.IsHazardous, TextAnalyzer.Features(w.DescriptionEn, WordContext.Of(w.Code))),
            StringComparer.Ordinal);
        _categoryTitles = wasteCategories.ToDictionary(c => c.Code, c => c.TitleEn, StringComparer.Ordinal);
        _nace = naceActivities.ToDictionary(n => n.Code, StringComparer.Ordinal);
        RecoveryOperations = [.. recoveryOperations];
        NaceClasses = [.. _nace.Values.Where(n => n.Level == 4).OrderBy(n => n.Code, StringComparer.Ordinal).Select(n =>
            new NaceClassInfo(
                n.Code,
                n.TitleEn,
                n.Section,
                TextAnalyzer.Stems(n.TitleEn).ToHashSet(StringComparer.Ordinal),
                TextAnalyzer.Stems($"{n.Includes} {n.AlsoIncludes}").ToHashSet(StringComparer.Ordinal)))];

        foreach (var p in profiles)
        {
            _profileByGroup.TryAdd(p.MaterialGroup, p);
            foreach (var code in p.IndicativeEwcCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                _profileByCode.TryAdd(code, p);
            }
        }

        Exchanges = [.. exchanges.Select(e =>
        {
            // The exchange's own codes and donor decide ambiguous words of its description (talaş, kırpıntı).
            IReadOnlyList<string> codes = [.. LibraryCorrections.EwcCodes(e.ExchangeId, e.EwcCodes).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(_wasteCodes.ContainsKey)];
            var donors = SplitNace(e.DonorNace);
            var context = new WordContext(codes, donors.Count > 0 ? donors[0] : null);
            return new ExchangeInfo(
                e,
                codes,
                SplitNace(e.ReceiverNace),
                donors,
                TextAnalyzer.Features(e.MaterialDescription, context),
                TextAnalyzer.Concepts(e.MaterialDescription, context).ToHashSet(StringComparer.Ordinal));
        })];

        foreach (var f in _wasteCodes.Values.SelectMany(w => w.Features).Concat(Exchanges.SelectMany(e => e.Features)))
        {
            _documentFrequency[f] = _documentFrequency.GetValueOrDefault(f) + 1;
        }
    }

    /// <summary>NACE classes (level 4), ordered by code.</summary>
    public IReadOnlyList<NaceClassInfo> NaceClasses { get; }

    /// <summary>Synergy-library exchanges.</summary>
    public IReadOnlyList<ExchangeInfo> Exchanges { get; }

    /// <summary>R and D operations.</summary>
    public IReadOnlyList<RecoveryOperation> RecoveryOperations { get; }

    /// <summary>Number of reference texts a feature occurs in (rare features weigh more).</summary>
    public int DocumentFrequency(string feature) => _documentFrequency.GetValueOrDefault(feature);

    /// <summary>Total number of reference texts counted by <see cref="DocumentFrequency"/>.</summary>
    public int DocumentCount => _wasteCodes.Count + Exchanges.Count;

    /// <summary>The waste code, or null when unknown.</summary>
    public WasteCodeInfo? WasteCode(string? code) => code is not null && _wasteCodes.TryGetValue(code, out var w) ? w : null;

    /// <summary>Title of an EWC chapter (two digits) or sub-chapter (four digits).</summary>
    public string? CategoryTitle(string code) => _categoryTitles.GetValueOrDefault(code);

    /// <summary>A NACE entry at any level.</summary>
    public NaceActivity? Nace(string code) => _nace.GetValueOrDefault(code);

    /// <summary>Whether a waste code is hazardous (starred).</summary>
    public bool IsHazardous(string? code) => WasteCode(code)?.IsHazardous ?? false;

    /// <summary>
    /// Material group of a stream: the emission profile listing its EWC code, else the first
    /// lexicon concept of its description (or the code's description) that has a group.
    /// </summary>
    public string? MaterialGroupOf(string? ewcCode, string? description) => MaterialGroupOf(ewcCode, description, null);

    /// <summary>Material group of a stream, ambiguous words of the description read in the context of its code and the donor's NACE code.</summary>
    public string? MaterialGroupOf(string? ewcCode, string? description, string? donorNace)
    {
        if (ewcCode is { Length: 6 } && _profileByCode.TryGetValue(ewcCode, out var p))
        {
            return p.MaterialGroup;
        }

        var context = WordContext.Of(ewcCode, donorNace);
        foreach (var text in new[] { description, WasteCode(ewcCode)?.DescriptionEn })
        {
            foreach (var key in TextAnalyzer.Concepts(text, context))
            {
                if (MaterialLexicon.Find(key)?.MaterialGroup is { } group)
                {
                    return group;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// CO2e saved per tonne recovered instead of landfilled, by the impact ledger's own rule
    /// (<c>ImpactCalculator</c>, formula impact-1) so that a match's "Çevresel fayda" and its
    /// forecast rest on the same factor rows: (1) UK DESNZ 2024 substitution saving (primary
    /// production − closed-loop secondary input) plus UK DESNZ 2024 landfill (avoided disposal);
    /// (2) where the UK table has no substitution saving, US EPA WARM v16 net (landfill − recovery,
    /// which already includes the avoided landfill: the two are never added); (3) UK DESNZ 2024
    /// landfill alone; (4) <paramref name="fallbackKgPerTonne"/>. Profiles come from
    /// <c>ef_compact_co2e_by_material.csv</c>; their EWC codes are indicative (ours).
    /// </summary>
    public Co2eSaving Co2eSavingPerTonne(string? ewcCode, string? materialGroup, double fallbackKgPerTonne)
    {
        MaterialEmissionProfile? p = null;
        if (ewcCode is { Length: 6 })
        {
            _profileByCode.TryGetValue(ewcCode, out p);
        }

        if (p is null && materialGroup is not null)
        {
            _profileByGroup.TryGetValue(materialGroup, out p);
        }

        var nameTr = EmissionProfileNames.Tr(p?.UkMaterial) ?? "malzeme profili";
        var landfill = p?.LandfillKgCo2ePerTonne is { } l && l > 0 ? l : 0;
        if (p?.SubstitutionSavingKgCo2ePerTonne is { } sub && sub > 0)
        {
            return landfill > 0
                ? new Co2eSaving(sub + landfill, $"UK DESNZ 2024, {nameTr}: birincil − ikincil üretim + önlenen depolama", $"UK DESNZ 2024, {p.UkMaterial}: primary − secondary production + avoided landfill")
                : new Co2eSaving(sub, $"UK DESNZ 2024, {nameTr}: birincil − ikincil üretim", $"UK DESNZ 2024, {p.UkMaterial}: primary − secondary production");
        }

        if (p?.WarmLandfillMinusRecoveryKgCo2ePerTonne is { } warm && warm > 0)
        {
            return new Co2eSaving(warm, $"EPA WARM v16, {EmissionProfileNames.Tr(p.WarmMaterial) ?? "malzeme profili"}: depolama − geri dönüşüm", $"EPA WARM v16, {p.WarmMaterial}: landfill − recycling");
        }

        if (landfill > 0)
        {
            return new Co2eSaving(landfill, $"UK DESNZ 2024, {nameTr}: önlenen depolama", $"UK DESNZ 2024, {p!.UkMaterial}: avoided landfill");
        }

        return new Co2eSaving(fallbackKgPerTonne, "bu atık için malzeme profili yok, varsayılan değer", "no material profile for this waste, default value");
    }

    /// <summary>
    /// Receiving NACE codes the synergy library reports for a waste code, with weights: 1 per
    /// exchange of the same code, 0.5 per exchange of another code in the same sub-chapter.
    /// Cached per code.
    /// </summary>
    public IReadOnlyDictionary<string, double> ReceiverEvidence(string ewcCode) =>
        _receiverEvidence.GetOrAdd(ewcCode, code =>
        {
            var result = new Dictionary<string, double>(StringComparer.Ordinal);
            if (code.Length != 6)
            {
                return result;
            }

            foreach (var e in Exchanges)
            {
                var w = 0.0;
                foreach (var c in e.EwcCodes)
                {
                    w = Math.Max(w, c == code ? 1.0 : EwcCode.SubChapter(c) == EwcCode.SubChapter(code) ? 0.5 : 0.0);
                }

                if (w > 0)
                {
                    foreach (var r in e.ReceiverCodes)
                    {
                        result[r] = result.GetValueOrDefault(r) + w;
                    }
                }
            }

            return result;
        });

    /// <summary>Splits a library NACE field (<c>01.1;01.2</c>) into codes, dropping empty and unknown-format parts.</summary>
    public static IReadOnlyList<string> SplitNace(string? field) =>
        field is null
            ? []
            : [.. field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(c => c.All(ch => char.IsAsciiDigit(ch) || ch == '.') && (c.Length == 2 ? !c.Contains('.') : c.Length is 4 or 5 && c[2] == '.'))];

    /// <summary>True when a NACE class lies under a code of any level (<c>23.51</c> under <c>23.5</c> and <c>23</c>).</summary>
    public static bool IsUnder(string classCode, string code) => classCode.StartsWith(code, StringComparison.Ordinal);
}
