using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.Knowledge.Materials;

/// <summary>
/// One material of <c>materials.csv</c>: a family and grade with its names and the source that
/// defines it. Keys are dotted paths (<c>polymer.pe.hdpe</c>); a need for a key takes its grades.
/// </summary>
/// <param name="Id">Dense number, 1-based (0 stands for "unknown").</param>
/// <param name="Key">Dotted key.</param>
/// <param name="Family">First part of the key.</param>
/// <param name="Grade">Grade name (empty for a family).</param>
/// <param name="NameTr">Turkish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Source">Standard, regulation or list that defines the material.</param>
/// <param name="ParentId">Id of the next shorter key that exists (0: none).</param>
/// <param name="Depth">Number of key parts.</param>
public sealed record MaterialInfo(int Id, string Key, string Family, string Grade, string NameTr, string NameEn, string Source, int ParentId, int Depth);

/// <summary>How an offer's material relates to a need's.</summary>
public enum MaterialRelationKind
{
    /// <summary>One side's material is unknown: other evidence decides.</summary>
    Neutral,

    /// <summary>
    /// The offer names only a family or coarser grade of what the need asks for (plastics for PE
    /// regrind, metal scrap for aluminium): it serves the need only if it is of that grade, which
    /// the offer does not say.
    /// </summary>
    Broader,

    /// <summary>Same material, or the offer is a grade of the need's material.</summary>
    Same,

    /// <summary>A compatibility rule says the offer serves the need (e.g. tyres as kiln fuel).</summary>
    Accepted,

    /// <summary>A compatibility rule lowers the material value (a near substitute).</summary>
    Soft,

    /// <summary>A compatibility rule excludes the pair.</summary>
    Hard,

    /// <summary>Different materials and no rule: a shared EWC sub-chapter, chapter or group no longer counts.</summary>
    Different,
}

/// <summary>The relation of an offer material to a need material, with the rule behind it.</summary>
/// <param name="Kind">Kind of relation.</param>
/// <param name="Accept">Material evidence the relation gives (0–1; 0 when none).</param>
/// <param name="Factor">Multiplier of the material value (1: none; 0: the pair is dropped).</param>
/// <param name="ReasonTr">Reason of the rule, Turkish (null without a rule).</param>
/// <param name="ReasonEn">Reason of the rule, English.</param>
/// <param name="Source">Source of the rule.</param>
public sealed record MaterialRelation(MaterialRelationKind Kind, double Accept, double Factor, string? ReasonTr, string? ReasonEn, string? Source)
{
    /// <summary>No relation known.</summary>
    public static MaterialRelation Neutral { get; } = new(MaterialRelationKind.Neutral, 0, 1, null, null, null);
}

/// <summary>
/// The material model: families and grades (<c>materials.csv</c>), offer → need rules
/// (<c>material_compatibility.csv</c>) and the resolver that reads a stream's material from its EWC
/// code, its description and its firm's NACE class. Relations are precomputed into dense tables the
/// pair scorer reads by the two material ids. Immutable and thread-safe.
/// </summary>
public sealed class MaterialCatalog
{
    /// <summary>Material evidence of the same material when the need names a grade.</summary>
    public const double SameGrade = 0.8;

    /// <summary>Material evidence of the same material when the need names only a family that has grades.</summary>
    public const double SameFamily = 0.6;

    /// <summary>
    /// Multiplier of the material value when both materials are known, differ, and no rule links
    /// them: what the other evidence (library, words) says is then about some other material.
    /// </summary>
    public const double DifferentFactor = 0.5;

    /// <summary>
    /// Multiplier of the material value when the offer names only a family (or a coarser grade) of
    /// the need's material: some of that family is the grade asked for, some is not.
    /// </summary>
    public const double BroaderFactor = 0.7;

    private static readonly Lazy<MaterialCatalog> s_default = new(() => new MaterialCatalog(
        KnowledgeTable.Read("materials.csv"), KnowledgeTable.Read("material_compatibility.csv"), KnowledgeTable.Read("material_transport.csv"),
        KnowledgeTable.Read("need_functions.csv")));

    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly MaterialRelation[] _relations;
    private readonly int[][] _acceptedNeeds;
    private readonly MaterialResolver _resolver;
    private readonly NeedFunctions _functions;

    /// <summary>
    /// Builds the catalog from table rows (see the tables' headers); <paramref name="transport"/> is <c>material_transport.csv</c>
    /// (none: the defaults for every material); <paramref name="functions"/> is <c>need_functions.csv</c>, whose functions become
    /// materials of family <c>use</c> that only needs are read as (none: no function).
    /// </summary>
    public MaterialCatalog(
        IReadOnlyList<IReadOnlyDictionary<string, string>> materials,
        IReadOnlyList<IReadOnlyDictionary<string, string>> rules,
        IReadOnlyList<IReadOnlyDictionary<string, string>>? transport = null,
        IReadOnlyList<IReadOnlyDictionary<string, string>>? functions = null)
    {
        ArgumentNullException.ThrowIfNull(materials);
        ArgumentNullException.ThrowIfNull(rules);
        functions ??= [];
        var list = new List<MaterialInfo> { new(0, string.Empty, string.Empty, string.Empty, "bilinmiyor", "unknown", string.Empty, 0, 0) };
        foreach (var row in materials.Concat(functions.DistinctBy(r => r["key"]).Select(FunctionRow)).OrderBy(r => r["key"].Count(c => c == '.')))
        {
            var key = row["key"];
            if (_byKey.ContainsKey(key))
            {
                throw new InvalidOperationException($"materials.csv: duplicate key {key}");
            }

            var parent = 0;
            for (var cut = key.LastIndexOf('.'); cut > 0 && parent == 0; cut = key.LastIndexOf('.', cut - 1))
            {
                parent = _byKey.GetValueOrDefault(key[..cut]);
            }

            var info = new MaterialInfo(list.Count, key, row["family"], row["grade"], row["name_tr"], row["name_en"], row["source"], parent, key.Count(c => c == '.') + 1);
            _byKey[key] = info.Id;
            list.Add(info);
        }

        Materials = list;
        Rules = [.. rules.Select(MaterialRule.FromRow)];
        Count = list.Count;
        _relations = new MaterialRelation[Count * Count];
        _acceptedNeeds = new int[Count][];
        AcceptTable = new double[Count * Count];
        FactorTable = new double[Count * Count];
        DifferentTable = new bool[Count * Count];
        for (var a = 0; a < Count; a++)
        {
            var accepted = new List<int>();
            for (var b = 0; b < Count; b++)
            {
                var r = ComputeRelation(a, b);
                var i = (a * Count) + b;
                _relations[i] = r;
                AcceptTable[i] = r.Accept;
                FactorTable[i] = r.Factor;
                DifferentTable[i] = r.Kind == MaterialRelationKind.Different;
                if (r.Accept > 0)
                {
                    accepted.Add(b);
                }
            }

            _acceptedNeeds[a] = [.. accepted];
        }

        (HaulKmTable, PurchaseTable) = TransportTables(transport ?? []);
        _resolver = new MaterialResolver(this, materials);
        _functions = new NeedFunctions(functions, IdOf, id => Materials[id].ParentId);
    }

    /// <summary>Family of the functions of <c>need_functions.csv</c>.</summary>
    public const string FunctionFamily = "use";

    // A function as a row of the materials' shape: family “use”, no grade; only needs are read as it (no words, codes or sectors).
    private static Dictionary<string, string> FunctionRow(IReadOnlyDictionary<string, string> row)
    {
        var key = row["key"];
        if (!key.StartsWith(FunctionFamily + ".", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"need_functions.csv: key {key} is not of family {FunctionFamily}");
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["key"] = key,
            ["family"] = FunctionFamily,
            ["grade"] = string.Empty,
            ["name_tr"] = row["name_tr"],
            ["name_en"] = row["name_en"],
            ["source"] = row["source"],
        };
    }

    /// <summary>
    /// <c>material_transport.csv</c> as two tables by material id (NaN: the engine's default): a
    /// grade without a row of its own takes its nearest listed ancestor's.
    /// </summary>
    private (double[] Haul, double[] Purchase) TransportTables(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        var haul = new double[Count];
        var purchase = new double[Count];
        Array.Fill(haul, double.NaN);
        Array.Fill(purchase, double.NaN);
        var own = new Dictionary<int, (double Haul, double Purchase)>();
        foreach (var row in rows)
        {
            var id = IdOf(row["key"]);
            if (id == 0)
            {
                throw new InvalidOperationException($"material_transport.csv: unknown material {row["key"]}");
            }

            var km = double.Parse(row["haul_km"], System.Globalization.CultureInfo.InvariantCulture);
            var price = row["purchase_try_per_tonne"] is { Length: > 0 } p ? double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : double.NaN;
            if (km <= 0 || price < 0 || !own.TryAdd(id, (km, price)))
            {
                throw new InvalidOperationException($"material_transport.csv: invalid or repeated row for {row["key"]}");
            }
        }

        for (var id = 1; id < Count; id++)
        {
            for (var x = id; x != 0; x = Materials[x].ParentId)
            {
                if (own.TryGetValue(x, out var v))
                {
                    haul[id] = double.IsNaN(haul[id]) ? v.Haul : haul[id];
                    purchase[id] = double.IsNaN(purchase[id]) ? v.Purchase : purchase[id];
                }
            }
        }

        return (haul, purchase);
    }

    /// <summary>Road km at which a material's distance factor reaches 0, by material id (NaN: the default).</summary>
    internal double[] HaulKmTable { get; }

    /// <summary>Avoided purchase per tonne of a material, TRY/t, by material id (NaN: the default).</summary>
    internal double[] PurchaseTable { get; }

    /// <summary>Road km at which the distance factor of an offer of this material reaches 0 (<paramref name="fallback"/> when the table gives none).</summary>
    public double HaulKm(int id, double fallback) => id > 0 && id < Count && !double.IsNaN(HaulKmTable[id]) ? HaulKmTable[id] : fallback;

    /// <summary>The catalog of the embedded tables.</summary>
    public static MaterialCatalog Default => s_default.Value;

    /// <summary>Materials by id; entry 0 is "unknown".</summary>
    public IReadOnlyList<MaterialInfo> Materials { get; }

    /// <summary>The compatibility rules, in table order.</summary>
    public IReadOnlyList<MaterialRule> Rules { get; }

    /// <summary>Number of ids (materials + 1).</summary>
    public int Count { get; }

    /// <summary>Material evidence by <c>offer · Count + need</c>.</summary>
    internal double[] AcceptTable { get; }

    /// <summary>Material value multiplier by <c>offer · Count + need</c> (0: hard incompatibility).</summary>
    internal double[] FactorTable { get; }

    /// <summary>True by <c>offer · Count + need</c> when the materials differ with no rule.</summary>
    internal bool[] DifferentTable { get; }

    /// <summary>Id of a key (0 when unknown).</summary>
    public int IdOf(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The material of an id (entry 0 for unknown ids).</summary>
    public MaterialInfo Get(int id) => id > 0 && id < Count ? Materials[id] : Materials[0];

    /// <summary>The relation of an offer material to a need material.</summary>
    public MaterialRelation Relation(int offer, int need) =>
        offer > 0 && need > 0 && offer < Count && need < Count ? _relations[(offer * Count) + need] : MaterialRelation.Neutral;

    /// <summary>The need materials an offer material gives evidence to (the blocking keys of that evidence).</summary>
    public ReadOnlySpan<int> AcceptedNeeds(int offer) => offer > 0 && offer < Count ? _acceptedNeeds[offer] : [];

    /// <summary>Largest evidence an offer material gives to any need material.</summary>
    public double AcceptMax(int offer)
    {
        var max = 0.0;
        foreach (var b in AcceptedNeeds(offer))
        {
            max = Math.Max(max, AcceptTable[(offer * Count) + b]);
        }

        return max;
    }

    /// <summary>True when <paramref name="id"/> is <paramref name="ancestor"/> or one of its grades.</summary>
    public bool IsUnder(int id, int ancestor)
    {
        for (var x = id; x != 0; x = Materials[x].ParentId)
        {
            if (x == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The material of a stream (0: unknown): from the description's material words (Turkish,
    /// folded with <see cref="TurkishText.SearchKey"/>, or English), else from the EWC code, its
    /// sub-chapter or chapter; a code that names a grade of the description's material refines it.
    /// <paramref name="nace"/> (the firm's class) decides words with several senses (<c>talaş</c>).
    /// </summary>
    public int Resolve(string? ewcCode, string? description, string? nace) => _resolver.Resolve(ewcCode, description, nace);

    /// <summary>Whether every material the description names is an origin (a plant, a line, a workshop) or a purpose, not a stream.</summary>
    public bool NamesOnlyAsides(string? description) => _resolver.NamesOnlyAsides(description);

    /// <summary>
    /// The material of a need (0: unknown): <see cref="Resolve"/>, or the function the description names
    /// (<c>need_functions.csv</c>) when the material its words name is not one the function takes; unknown when
    /// only a stated sub-chapter would name it.
    /// </summary>
    public int ResolveNeed(string? ewcCode, string? description, string? nace)
    {
        if (_resolver.MetalBearingResidue(description, nace) is var metal and > 0)
        {
            return metal;
        }

        var id = _functions.ForNeed(description, d => Resolve(ewcCode, d, nace), this);

        // A sub-chapter names a range (02 03 holds nut shells and stones as well as peel and pulp): a need that
        // states one and describes a use without naming a material (“katı yakacak lazım”) asks for what the range
        // holds, not for the one family its title reads as; the code itself still counts in the pair's material value.
        return ewcCode is { Length: 4 } && id != 0 && !string.IsNullOrWhiteSpace(description) &&
               id == Resolve(ewcCode, null, nace) && Resolve(null, description, nace) == 0
            ? 0
            : id;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<RecoveryRoute, System.Runtime.CompilerServices.StrongBox<int>> _routeMaterials = [];

    /// <summary>The material a recovery route's use names (its Turkish use text; 0: none), cached.</summary>
    public int RouteMaterial(RecoveryRoute route) =>
        _routeMaterials.GetValue(route, r => new System.Runtime.CompilerServices.StrongBox<int>(Resolve(null, r.UseTr, null))).Value;

    private MaterialRelation ComputeRelation(int a, int b)
    {
        if (a == 0 || b == 0)
        {
            return MaterialRelation.Neutral;
        }

        if (IsUnder(a, b))
        {
            // A need names a grade, or a material that has no grades (fertiliser, friction material): both say what it takes.
            var v = Materials[b].Depth >= 2 || !Materials.Any(m => m.ParentId == b) ? SameGrade : SameFamily;
            return new MaterialRelation(MaterialRelationKind.Same, v, 1, null, null, null);
        }

        if (IsUnder(b, a))
        {
            var (offer, need) = (Materials[a], Materials[b]);

            // A rule written for exactly this pair says what the plant takes of the wider material
            // (a casting-alloy smelter takes aluminium scrap of any class).
            if (Rules.FirstOrDefault(r => r.Effect == MaterialRuleEffect.Accept && r.Offer == offer.Key && r.Need == need.Key) is { } exact)
            {
                return new MaterialRelation(MaterialRelationKind.Accepted, exact.Value, 1, exact.ReasonTr, exact.ReasonEn, exact.Source);
            }

            return new MaterialRelation(
                MaterialRelationKind.Broader, 0, BroaderFactor,
                $"teklif yalnızca “{offer.NameTr}” diyor, ihtiyaç “{need.NameTr}” istiyor; türü teyit edilmeli",
                $"the offer says only “{offer.NameEn}”, the need asks for “{need.NameEn}”; its grade must be confirmed",
                "materials.csv");
        }

        MaterialRule? best = null;
        foreach (var rule in Rules)
        {
            // An accepting rule names what a kind of plant takes (wood for compost, iron oxide for raw
            // meal): it serves a need of that material or a more generic one, not a need that names a
            // narrower grade (a feed maker asking for olive pomace, a biogas plant asking for manure).
            if (!Covers(rule.Offer, a) || !(rule.Effect == MaterialRuleEffect.Accept ? CoversUpward(rule.Need, b) : Covers(rule.Need, b)))
            {
                continue;
            }

            if (best is null || rule.Specificity > best.Specificity || (rule.Specificity == best.Specificity && rule.Effect < best.Effect))
            {
                best = rule;
            }
        }

        return best switch
        {
            null => new MaterialRelation(MaterialRelationKind.Different, 0, DifferentFactor, null, null, null),
            { Effect: MaterialRuleEffect.Hard } => new MaterialRelation(MaterialRelationKind.Hard, 0, 0, best.ReasonTr, best.ReasonEn, best.Source),
            { Effect: MaterialRuleEffect.Soft } => new MaterialRelation(MaterialRelationKind.Soft, 0, best.Value, best.ReasonTr, best.ReasonEn, best.Source),
            _ => new MaterialRelation(MaterialRelationKind.Accepted, best.Value, 1, best.ReasonTr, best.ReasonEn, best.Source),
        };
    }

    private bool Covers(string pattern, int id) => pattern == "*" || (_byKey.TryGetValue(pattern, out var p) && IsUnder(id, p));

    private bool CoversUpward(string pattern, int id) => pattern == "*" || (_byKey.TryGetValue(pattern, out var p) && IsUnder(p, id));
}

/// <summary>Effect of a compatibility rule (in order of precedence on a tie).</summary>
public enum MaterialRuleEffect
{
    /// <summary>The pair is dropped.</summary>
    Hard,

    /// <summary>The material value is multiplied by the rule's value.</summary>
    Soft,

    /// <summary>The offer serves the need with the rule's value as material evidence.</summary>
    Accept,
}

/// <summary>One row of <c>material_compatibility.csv</c>.</summary>
/// <param name="Offer">Offer key or <c>*</c>.</param>
/// <param name="Need">Need key or <c>*</c>.</param>
/// <param name="Effect">Effect.</param>
/// <param name="Value">Factor (soft) or evidence (accept).</param>
/// <param name="ReasonTr">Reason, Turkish.</param>
/// <param name="ReasonEn">Reason, English.</param>
/// <param name="Source">Source of the rule.</param>
public sealed record MaterialRule(string Offer, string Need, MaterialRuleEffect Effect, double Value, string ReasonTr, string ReasonEn, string Source)
{
    /// <summary>Key parts of both patterns (<c>*</c> counts 0): the more specific rule decides.</summary>
    public int Specificity => Depth(Offer) + Depth(Need);

    /// <summary>Reads a table row.</summary>
    public static MaterialRule FromRow(IReadOnlyDictionary<string, string> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var effect = row["effect"] switch
        {
            "hard" => MaterialRuleEffect.Hard,
            "soft" => MaterialRuleEffect.Soft,
            "accept" => MaterialRuleEffect.Accept,
            var e => throw new InvalidOperationException($"material_compatibility.csv: unknown effect '{e}'"),
        };
        var value = double.Parse(row["value"], System.Globalization.CultureInfo.InvariantCulture);
        if (value < 0 || value > 1 || (effect != MaterialRuleEffect.Hard && value == 0))
        {
            throw new InvalidOperationException($"material_compatibility.csv: value {value} out of range for {row["offer"]} → {row["need"]}");
        }

        return new MaterialRule(row["offer"], row["need"], effect, value, row["reason_tr"], row["reason_en"], row["source"]);
    }

    private static int Depth(string pattern) => pattern == "*" ? 0 : pattern.Count(c => c == '.') + 1;
}
