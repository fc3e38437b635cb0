using System.Globalization;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.Latent;

/// <summary>
/// Ranks NACE classes that are likely to take a material, whether or not any firm registered a
/// need. Five kinds of knowledge, each a score in 0–1 per class, combined with fixed weights:
/// <list type="number">
/// <item><b>Recovery routes</b> (weight <see cref="RouteWeight"/>): the curated table
/// <c>recovery_routes.csv</c> (<see cref="RecoveryRoutes"/>, a source per row) names receiving classes
/// and R-codes for a waste code (vote 1), its sub-chapter (<see cref="RouteSubChapterFactor"/>) or
/// chapter (<see cref="RouteChapterFactor"/>), combined by noisy-or. The donor's own class may be a
/// receiver (mill scale to another steelworks' sinter plant).</item>
/// <item><b>Library</b> (weight <see cref="LibraryWeight"/>): every synergy-library exchange votes for
/// its receiver with its similarity to the query: code similarity (same code 1, same
/// sub-chapter 0.45, same chapter 0.12) + 0.8 × IDF-weighted cosine of material descriptions
/// (Turkish/English concepts), plus 0.25 × donor-sector similarity; faint material likeness ramps in
/// linearly below <see cref="MaterialRamp"/> instead of being cut off. A coarse receiver (group or
/// division) gives its vote to its classes by their plausibility for the material (route and concept
/// evidence; ÷√n each when nothing is known), so 24.46 nuclear fuel does not receive plastics
/// through a library row that names 24.4; a neighbouring code of another material
/// counts ×0.35. Per class: 1 − e^(−(best + 0.3 · rest)), so many weak votes do not outweigh one
/// close match.</item>
/// <item><b>Material concepts → sectors</b> (<see cref="ConceptWeight"/>): the lexicon names the
/// sectors that use each material concept, and each concept's usual R-codes add generic sector
/// words (<see cref="MaterialLexicon.RecoverySectorWords"/>). A word reaches the classes whose NACE
/// title or explanatory notes contain it, spread over them (a word in many titles says little
/// about any one), and classes that do not take materials as inputs (mining, machinery, trade) are
/// damped by <see cref="SectorRoles"/>. No list of codes is involved.</item>
/// <item><b>Donor sector</b> (<see cref="DonorWeight"/>): receivers of any material from the same donor
/// class, group or division in the library.</item>
/// <item><b>Popularity</b> (<see cref="PopularityWeight"/>): log-frequency of the class among library receivers.</item>
/// </list>
/// Classes outside sections A–F (trade, services) are damped ×0.3: they rarely use materials.
/// Finally two division-level back-off priors (<see cref="CodePriorWeight"/>, <see cref="DonorPriorWeight"/>)
/// add the probability of the class's division among the library's receivers of the same waste
/// code (backing off to its sub-chapter, chapter and all exchanges) and of the same donor class
/// (group, division, all), shared within the division by the classes' own evidence. Everything
/// is computed from the knowledge given (evaluation builds it without the hidden cases).
/// <para>
/// Hazardous (starred) codes follow <see cref="HazardRules"/>: only licensed routes count, sectors
/// that may not take hazardous waste are left out unless a route names them, and every suggestion
/// carries a caveat. Reasons are written in Turkish and English separately, with Turkish titles.
/// </para>
/// </summary>
public sealed class LatentReceiverRanker
{
    /// <summary>Weight of the recovery-route table: curated knowledge with a source per row, of the same standing as the library and the concept lexicon.</summary>
    public double RouteWeight { get; init; } = 3.0;

    /// <summary>Vote of a route written for the query code's sub-chapter (the code's own row votes 1).</summary>
    public double RouteSubChapterFactor { get; init; } = 0.6;

    /// <summary>Vote of a route written for the query code's chapter.</summary>
    public double RouteChapterFactor { get; init; } = 0.3;

    /// <summary>Vote of a code's own route whose use shares no specific word with the description while another of its routes does.</summary>
    public double RouteUnpickedFactor { get; init; } = 0.75;

    /// <summary>Vote of a route of another code of the same sub-chapter and material, for a code without rows of its own (as the library's sub-chapter similarity).</summary>
    public double RouteSiblingFactor { get; init; } = 0.45;

    /// <summary>Weight of library evidence.</summary>
    public double LibraryWeight { get; init; } = 3.0;

    /// <summary>Weight of concept–sector knowledge.</summary>
    public double ConceptWeight { get; init; } = 3.0;

    /// <summary>Weight of donor-sector evidence.</summary>
    public double DonorWeight { get; init; } = 0.5;

    /// <summary>Weight of popularity.</summary>
    public double PopularityWeight { get; init; } = 0.4;

    /// <summary>Weight of the votes after the strongest one (many weak votes should not outweigh one close match).</summary>
    public double LibraryRestFactor { get; init; } = 0.3;

    /// <summary>Exponent of the damping of sector words that occur in many NACE titles (0 = none).</summary>
    public double TitleDamping { get; init; } = 0.6;

    /// <summary>Decay of a sector word's weight by its position in the concept's list (first = main use).</summary>
    public double SectorWordRankDecay { get; init; } = 0;

    /// <summary>Weight of a sector word reached only through the concept's usual recovery operations (R-codes), relative to the concept's own sector words.</summary>
    public double RecoveryWordWeight { get; init; } = 0.3;

    /// <summary>Weight of a sector word found only in a class's explanatory notes, relative to its title.</summary>
    public double NoteMatchWeight { get; init; } = 0.7;

    /// <summary>Exponent of the preference for short, specific titles (“Manufacture of cement” over a long list that mentions cement).</summary>
    public double TitleLengthDamping { get; init; } = 0;

    /// <summary>Exponent of the <see cref="SectorRoles.InputFactor"/> damping of classes that do not take materials as inputs (0 = none).</summary>
    public double SectorRoleDamping { get; init; } = 1;

    /// <summary>Material likeness (code + 0.8 × text) below which a library vote is scaled down linearly.</summary>
    public double MaterialRamp { get; init; } = 0.2;

    /// <summary>Code similarity of two codes in the same EWC sub-chapter.</summary>
    public double SubChapterSimilarity { get; init; } = 0.45;

    /// <summary>Code similarity of two codes in the same EWC chapter.</summary>
    public double ChapterSimilarity { get; init; } = 0.12;

    /// <summary>Factor on the library vote of a neighbouring code whose material concepts differ from the query's.</summary>
    public double ConceptMismatchFactor { get; init; } = 0.35;

    /// <summary>Weight of the division back-off prior by waste code (code → sub-chapter → chapter → all receivers).</summary>
    public double CodePriorWeight { get; init; } = 4;

    /// <summary>Weight of the division back-off prior by donor sector (class → group → division → all receivers).</summary>
    public double DonorPriorWeight { get; init; } = 0.75;

    /// <summary>Dirichlet smoothing strength of each back-off level (pseudo-counts taken from the coarser level).</summary>
    public double PriorSmoothing { get; init; } = 6;

    /// <summary>Exponent of a class's share of its division's prior: its other evidence relative to the best class of the division.</summary>
    public double PriorShareExponent { get; init; } = 1;

    // Concepts that name a form, not a material: red mud and a hazardous sludge are both sludges.
    private static readonly HashSet<string> s_formConcepts = new(["sludge", "packaging", "water"], StringComparer.Ordinal);
    private readonly MatchingKnowledge _knowledge;
    private readonly Dictionary<string, string[]> _classesUnder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titleWordCount = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _titleIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _noteIndex = new(StringComparer.Ordinal);
    private readonly double[] _inputFactor;

    /// <summary>Creates a ranker over the knowledge.</summary>
    public LatentReceiverRanker(MatchingKnowledge knowledge)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        var classes = knowledge.NaceClasses;
        // Nuclear fuel is processed under nuclear licensing and takes no industrial residues: “fuel” in its title is no evidence.
        _inputFactor = [.. classes.Select(c => c.TitleStems.Contains("nuclear") ? 0 : SectorRoles.InputFactor(c.TitleEn))];
        for (var i = 0; i < classes.Count; i++)
        {
            foreach (var w in classes[i].TitleStems)
            {
                _titleWordCount[w] = _titleWordCount.GetValueOrDefault(w) + 1;
                Index(_titleIndex, w, i);
            }

            foreach (var w in classes[i].NoteStems.Where(w => !classes[i].TitleStems.Contains(w)))
            {
                Index(_noteIndex, w, i);
            }
        }
    }

    private static void Index(Dictionary<string, List<int>> index, string word, int i)
    {
        if (!index.TryGetValue(word, out var list))
        {
            index[word] = list = [];
        }

        list.Add(i);
    }

    /// <summary>Ranks classes for the query, best first; at most <paramref name="top"/>.</summary>
    public IReadOnlyList<LatentReceiver> Rank(LatentQuery query, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        var codes = query.EwcCodes.Select(c => EwcCode.Normalize(c) ?? c).Where(c => _knowledge.WasteCode(c) is not null).Distinct().ToList();
        var hazard = HazardRules.Of(_knowledge, codes, query.Description);
        // Ambiguous words (talaş, kırpıntı, kabuk) are read in the waste's own codes and the donor's sector.
        var context = new WordContext(codes, query.DonorNace);
        var features = QueryFeatures(codes, query.Description, context);
        var concepts = QueryConcepts(codes, query.Description, context);
        var queryConcepts = concepts.Where(c => c.Weight >= 0.7).Select(c => c.Concept.Key).ToHashSet(StringComparer.Ordinal);
        var classes = _knowledge.NaceClasses;
        var routes = RouteScores(codes, query.Description, context, query.DonorNace);
        var conceptScores = ConceptScores(concepts);
        var library = new Dictionary<string, (double Sum, double Best, ExchangeInfo? BestExchange, int Count)>(StringComparer.Ordinal);
        var donor = new Dictionary<string, double>(StringComparer.Ordinal);
        var popularity = new Dictionary<string, (double Share, int Count)>(StringComparer.Ordinal);
        var donorCodes = MatchingKnowledge.SplitNace(query.DonorNace);
        var codePrior = new DivisionBackoff(4);
        var donorPrior = new DivisionBackoff(4);

        foreach (var e in _knowledge.Exchanges)
        {
            var codeSim = 0.0;
            foreach (var qc in codes)
            {
                foreach (var ec in e.EwcCodes)
                {
                    codeSim = Math.Max(codeSim, qc == ec ? 1.0 : qc[..4] == ec[..4] ? SubChapterSimilarity : qc[..2] == ec[..2] ? ChapterSimilarity : 0);
                }
            }

            if (codeSim is > 0 and < 1 && queryConcepts.Count > 0 && e.Concepts.Count > 0 && !queryConcepts.Overlaps(e.Concepts))
            {
                // A neighbouring code of a different material (paper vs plastic packaging) is weak evidence.
                codeSim *= ConceptMismatchFactor;
            }

            var codeLevel = CodeLevel(codes, e.EwcCodes);
            var donorLevel = DonorLevel(donorCodes, e.DonorCodes);
            foreach (var r in e.ReceiverCodes)
            {
                codePrior.Add(codeLevel, r[..2], 1.0 / e.ReceiverCodes.Count);
                donorPrior.Add(donorLevel, r[..2], 1.0 / e.ReceiverCodes.Count);
            }

            var textSim = Cosine(features, e.Features);
            var donorSim = DonorSimilarity(donorCodes, e.DonorCodes);
            var material = codeSim + (0.8 * textSim);

            // Donor likeness only adds to material likeness; a faint material likeness ramps in linearly (no cut-off that flips rows).
            var sim = (material + (0.25 * donorSim)) * Math.Min(1, material / MaterialRamp);
            var counted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in e.ReceiverCodes)
            {
                var under = ClassesUnder(r);
                if (under.Length == 0)
                {
                    continue;
                }

                var even = 1 / Math.Sqrt(under.Length);
                var plausible = under.Length == 1 ? null : PlausibleShares(under, routes, conceptScores);
                for (var i = 0; i < under.Length; i++)
                {
                    var c = under[i];
                    var old = popularity.GetValueOrDefault(c);
                    popularity[c] = (old.Share + even, old.Count + (counted.Add(c) ? 1 : 0));
                    if (donorSim > 0)
                    {
                        donor[c] = donor.GetValueOrDefault(c) + (donorSim * even);
                    }

                    if (material > 0)
                    {
                        var v = sim * (plausible?[i] ?? 1);
                        var lib = library.GetValueOrDefault(c);
                        library[c] = (lib.Sum + v, Math.Max(lib.Best, v), v > lib.Best ? e : lib.BestExchange, lib.Count + 1);
                    }
                }
            }
        }

        var maxPop = popularity.Count == 0 ? 1 : popularity.Values.Max(p => p.Share);
        var scored = new List<(NaceClassInfo Class, double Score, List<(double Value, Reason? Reason)> Parts)>();
        foreach (var c in classes)
        {
            if (hazard.IsHazardous && !hazard.Allows(c.Code, routes.ContainsKey(c.Code)))
            {
                continue;
            }

            var parts = new List<(double, Reason?)>();
            if (routes.TryGetValue(c.Code, out var route) && RouteWeight > 0)
            {
                parts.Add((RouteWeight * route.Value, RouteReason(route.Best, route.Level, c)));
            }

            if (library.TryGetValue(c.Code, out var lib))
            {
                var v = LibraryWeight * (1 - Math.Exp(-(lib.Best + (LibraryRestFactor * (lib.Sum - lib.Best)))));
                parts.Add((v, LibraryReason(lib.BestExchange!, lib.Count, codes, queryConcepts, c)));
            }

            if (conceptScores.TryGetValue(c.Code, out var cs) && cs.Value > 0)
            {
                parts.Add((ConceptWeight * cs.Value, cs.Reason));
            }

            if (donor.TryGetValue(c.Code, out var d))
            {
                parts.Add((DonorWeight * (1 - Math.Exp(-d)), new Reason(
                    $"Benzer üreticilerin ({query.DonorNace}) yan ürünleri bu sektöre gidiyor",
                    $"By-products of similar producers ({query.DonorNace}) go to this sector")));
            }

            if (popularity.TryGetValue(c.Code, out var p))
            {
                parts.Add((PopularityWeight * Math.Log(1 + p.Share) / Math.Log(1 + maxPop), new Reason(
                    $"Sinerji kütüphanesinde sık alıcı sektör ({p.Count} örnek)",
                    $"Frequent receiver in the synergy library ({Count(p.Count, "exchange", "exchanges")})")));
            }

            if (parts.Count == 0 || parts.Sum(x => x.Item1) <= 0)
            {
                continue;
            }

            var score = parts.Sum(x => x.Item1);
            if (c.Section is not ("A" or "B" or "C" or "D" or "E" or "F"))
            {
                score *= 0.3;
            }

            scored.Add((c, score, parts));
        }

        AddDivisionPriors(scored, codes.Count > 0 ? codePrior.Probabilities(PriorSmoothing) : null, donorCodes.Count > 0 ? donorPrior.Probabilities(PriorSmoothing) : null, query);

        var maxScore = RouteWeight + LibraryWeight + ConceptWeight + DonorWeight + PopularityWeight
            + (codes.Count > 0 ? Math.Max(0, CodePriorWeight) : 0) + (donorCodes.Count > 0 ? Math.Max(0, DonorPriorWeight) : 0);
        return [.. scored
            .OrderByDescending(x => x.Score).ThenBy(x => x.Class.Code, StringComparer.Ordinal)
            .Take(top)
            .Select(x =>
            {
                var rCode = routes.TryGetValue(x.Class.Code, out var r) ? r.Best.RCode : null;
                IEnumerable<Reason> caveat = hazard.IsHazardous ? [HazardRules.Caveat(rCode)] : [];
                return new LatentReceiver(
                    x.Class.Code,
                    x.Class.TitleEn,
                    Math.Round(100 * Math.Min(1, x.Score / maxScore), 1),
                    [.. caveat, .. x.Parts.Where(p => p.Reason is not null).OrderByDescending(p => p.Value).Select(p => p.Reason!)])
                {
                    RCode = rCode,
                    IsHazardous = hazard.IsHazardous,
                };
            })];
    }

    /// <summary>
    /// Route evidence per class: every route of the table that covers a query code votes for its
    /// receiving class with 1 (the code's own row), <see cref="RouteSubChapterFactor"/> (a row for
    /// its sub-chapter) or <see cref="RouteChapterFactor"/> (its chapter); votes for one class
    /// combine by noisy-or. When the description shares a specific word with the use of some of the
    /// code's own routes, the others vote <see cref="RouteUnpickedFactor"/>. A non-hazardous code without rows of its own borrows the rows of the
    /// other codes of its sub-chapter whose use names one of its materials (from the code's title
    /// and the description), at <see cref="RouteSiblingFactor"/>: the same process and material
    /// usually go the same way. For a hazardous code only licensed routes count (see
    /// <see cref="RecoveryRoutes.For"/>), and it borrows nothing. Without any code, the routes of
    /// non-hazardous wastes whose use names a material concept of the description vote
    /// <see cref="RouteChapterFactor"/>, once per class.
    /// </summary>
    private Dictionary<string, (double Value, RecoveryRoute Best, int Level)> RouteScores(List<string> codes, string? description, WordContext context, string? donorNace)
    {
        // A route whose use names a material the waste cannot be (copper-brass turnings for an
        // aluminium-turnings offer under the shared code 12 01 03) does not vote.
        var catalog = Knowledge.Materials.MaterialCatalog.Default;
        var result = new Dictionary<string, (double Miss, RecoveryRoute Best, int Level, double BestValue)>(StringComparer.Ordinal);
        void Vote(RecoveryRoute route, int level, double v)
        {
            if (v <= 0)
            {
                return;
            }

            if (result.TryGetValue(route.ReceiverNace, out var old))
            {
                result[route.ReceiverNace] = (old.Miss * (1 - v), v > old.BestValue ? route : old.Best, v > old.BestValue ? level : old.Level, Math.Max(v, old.BestValue));
            }
            else
            {
                result[route.ReceiverNace] = (1 - v, route, level, v);
            }
        }

        var descriptionConcepts = TextAnalyzer.Concepts(description, context);
        var descriptionWords = TextAnalyzer.Stems(description).Where(RecoveryRoutes.IsSpecificWord).ToHashSet(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var hazardous = _knowledge.IsHazardous(code);
            var material = catalog.Resolve(code, description, donorNace);
            var routes = RecoveryRoutes.For(code, hazardous)
                .Where(x => material == 0 || catalog.RouteMaterial(x.Route) is var m && (m == 0 || catalog.Relation(material, m).Kind != Knowledge.Materials.MaterialRelationKind.Hard))
                .ToList();
            var own = routes.Any(x => x.Level == 3);

            // The description picks among a code's own routes (olive pomace: pomace-oil extraction and fuel rather than compost).
            var picked = routes.Where(x => x.Level == 3 && RecoveryRoutes.Words(x.Route).Overlaps(descriptionWords)).Select(x => x.Route).ToHashSet();
            foreach (var (route, level) in routes)
            {
                var v = level == 3 ? (picked.Count == 0 || picked.Contains(route) ? 1.0 : RouteUnpickedFactor) : level == 2 ? RouteSubChapterFactor : RouteChapterFactor;
                Vote(route, level, v);
            }

            if (own || hazardous || RouteSiblingFactor <= 0)
            {
                continue;
            }

            var materials = TextAnalyzer.TitleConcepts(_knowledge.WasteCode(code)!.DescriptionEn, context).Concat(descriptionConcepts).ToHashSet(StringComparer.Ordinal);
            foreach (var route in RecoveryRoutes.All)
            {
                if (route.Ewc.Length == 6 && route.Ewc != code && route.Ewc[..4] == code[..4] && !_knowledge.IsHazardous(route.Ewc)
                    && RecoveryRoutes.Concepts(route).Any(materials.Contains))
                {
                    Vote(route, 2, RouteSiblingFactor);
                }
            }
        }

        if (codes.Count == 0 && descriptionConcepts.Count > 0)
        {
            // No code: routes of non-hazardous wastes whose use names a material of the description vote once per
            // class as a chapter row would (concepts, so that Turkish and English descriptions agree).
            foreach (var route in RecoveryRoutes.All)
            {
                if (!result.ContainsKey(route.ReceiverNace) && !(route.Ewc.Length == 6 && _knowledge.IsHazardous(route.Ewc))
                    && RecoveryRoutes.Concepts(route).Overlaps(descriptionConcepts))
                {
                    Vote(route, 0, RouteChapterFactor);
                }
            }
        }

        return result.ToDictionary(x => x.Key, x => (1 - x.Value.Miss, x.Value.Best, x.Value.Level), StringComparer.Ordinal);
    }

    /// <summary>
    /// Shares of a coarse library receiver (a group or division) among its classes, by how plausible
    /// each class is for the material: p = route evidence + ½ concept evidence, share =
    /// min(1, (0.2 + 2p)/√n). A class with some evidence (p = 0.4) keeps the even 1/√n, a class
    /// with a route for the code gets the whole vote, and a class nothing points to gets a fifth of
    /// it, so nuclear-fuel processing does not receive plastics because a library row names 24.4,
    /// and a coarse row about an implausible material fades instead of concentrating.
    /// </summary>
    private static double[] PlausibleShares(
        string[] under,
        Dictionary<string, (double Value, RecoveryRoute Best, int Level)> routes,
        Dictionary<string, (double Value, Reason Reason)> concepts)
    {
        var even = 1 / Math.Sqrt(under.Length);
        return [.. under.Select(c =>
        {
            var p = (routes.TryGetValue(c, out var r) ? r.Value : 0) + (0.5 * (concepts.TryGetValue(c, out var k) ? k.Value : 0));
            return Math.Min(1, even * (0.2 + (2 * p)));
        })];
    }

    private static Reason RouteReason(RecoveryRoute route, int level, NaceClassInfo c)
    {
        var (tr, en) = RecoveryRoutes.Line(route, level);
        var (anonymisedTr, anonymisedEn) = RecoveryRoutes.AnonymisedLine(route, level, c.Code[..2]);
        return new Reason(tr, en) { Anonymised = new Reason(anonymisedTr, anonymisedEn) };
    }

    /// <summary>“1 exchange”, “3 exchanges”.</summary>
    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    /// <summary>
    /// Division-level back-off evidence: the library's receiving divisions for the query's waste
    /// code, smoothed towards those of its sub-chapter, chapter and all exchanges (and likewise for
    /// the donor's class, group and division). A division's probability goes to its classes in
    /// proportion to their other evidence relative to the division's best class, so the prior
    /// decides between divisions and the class's own text and library evidence within one.
    /// </summary>
    private void AddDivisionPriors(
        List<(NaceClassInfo Class, double Score, List<(double Value, Reason? Reason)> Parts)> scored,
        Dictionary<string, double>? codePrior,
        Dictionary<string, double>? donorPrior,
        LatentQuery query)
    {
        if ((codePrior is null || CodePriorWeight <= 0) && (donorPrior is null || DonorPriorWeight <= 0))
        {
            return;
        }

        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var x in scored)
        {
            var d = x.Class.Code[..2];
            best[d] = Math.Max(best.GetValueOrDefault(d), x.Score);
        }

        for (var i = 0; i < scored.Count; i++)
        {
            var (c, score, parts) = scored[i];
            var d = c.Code[..2];
            var share = best[d] > 0 ? Math.Pow(score / best[d], PriorShareExponent) : 0;
            var add = 0.0;
            if (codePrior is not null && CodePriorWeight > 0 && codePrior.GetValueOrDefault(d) is var pc and > 0)
            {
                var v = CodePriorWeight * pc * share;
                add += v;
                parts.Add((v, PriorReason(pc, d, "Benzer atık kodlarının alıcılarının", "of the receivers of similar waste codes")));
            }

            if (donorPrior is not null && DonorPriorWeight > 0 && donorPrior.GetValueOrDefault(d) is var pd and > 0)
            {
                var v = DonorPriorWeight * pd * share;
                add += v;
                parts.Add((v, PriorReason(pd, d, $"Benzer üreticilerin ({query.DonorNace}) alıcılarının", $"of the receivers from similar producers ({query.DonorNace})")));
            }

            scored[i] = (c, score + add, parts);
        }
    }

    /// <summary>“%12'si bu bölümde (NACE 23 — …)”; null below one percent, where a share says nothing.</summary>
    private static Reason? PriorReason(double p, string division, string whoTr, string whoEn)
    {
        var percent = (int)Math.Round(100 * p);
        if (percent < 1)
        {
            return null;
        }

        var title = ReferenceTitles.NaceTr(division);
        return new Reason(
            $"{whoTr} %{percent.ToString(CultureInfo.InvariantCulture)} kadarı bu bölümde (NACE {division}{(title is null ? string.Empty : $" — {title}")})",
            $"About {percent.ToString(CultureInfo.InvariantCulture)}% {whoEn} are in this division (NACE {division})");
    }

    private static int CodeLevel(List<string> query, IReadOnlyList<string> codes)
    {
        var level = 0;
        foreach (var q in query)
        {
            foreach (var c in codes)
            {
                level = Math.Max(level, q == c ? 3 : q[..4] == c[..4] ? 2 : q[..2] == c[..2] ? 1 : 0);
            }
        }

        return level;
    }

    private static int DonorLevel(IReadOnlyList<string> query, IReadOnlyList<string> donors)
    {
        var level = 0;
        foreach (var q in query)
        {
            foreach (var d in donors)
            {
                level = Math.Max(level, q == d ? 3 : q.Length >= 4 && d.Length >= 4 && q[..4] == d[..4] ? 2 : q[..2] == d[..2] ? 1 : 0);
            }
        }

        return level;
    }

    /// <summary>Classes under a NACE code of any level (the class itself for a class code).</summary>
    public string[] ClassesUnder(string code)
    {
        if (!_classesUnder.TryGetValue(code, out var list))
        {
            list = [.. _knowledge.NaceClasses.Where(c => MatchingKnowledge.IsUnder(c.Code, code)).Select(c => c.Code)];
            lock (_classesUnder)
            {
                _classesUnder[code] = list;
            }
        }

        return list;
    }

    private Dictionary<string, double> QueryFeatures(List<string> codes, string? description, WordContext context)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var f in TextAnalyzer.Features(description, context))
        {
            result[f] = 1.0;
        }

        foreach (var code in codes)
        {
            foreach (var f in _knowledge.WasteCode(code)!.Features)
            {
                result[f] = Math.Max(result.GetValueOrDefault(f), 0.6);
            }
        }

        return result;
    }

    private List<(MaterialConcept Concept, double Weight)> QueryConcepts(List<string> codes, string? description, WordContext context)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var k in TextAnalyzer.Concepts(description, context))
        {
            result[k] = 1.0;
        }

        foreach (var code in codes)
        {
            var own = TextAnalyzer.TitleConcepts(_knowledge.WasteCode(code)!.DescriptionEn, context);
            foreach (var k in own)
            {
                result[k] = Math.Max(result.GetValueOrDefault(k), 0.7);
            }

            // The sub-chapter's title (“wastes from waste water treatment plants”) names the process;
            // it says what the material is only for a code whose own title names none (“wastes not otherwise specified”).
            foreach (var k in own.Count > 0 ? [] : TextAnalyzer.Concepts(_knowledge.CategoryTitle(code[..4]), context))
            {
                result[k] = Math.Max(result.GetValueOrDefault(k), 0.3);
            }
        }

        return [.. result.Select(p => (MaterialLexicon.Find(p.Key)!, p.Value))];
    }

    /// <summary>
    /// Concept–sector evidence per class. For each query concept, every sector word (the concept's
    /// own, with rank decay, and those of its usual R-codes at <see cref="RecoveryWordWeight"/>)
    /// reaches the classes whose title (1) or explanatory notes (<see cref="NoteMatchWeight"/>)
    /// contain it; a word in many titles is spread over them (<see cref="TitleDamping"/>) and
    /// long titles count less (<see cref="TitleLengthDamping"/>). Matches of one concept combine
    /// by noisy-or; concepts add up weighted by how sure we are the query names them.
    /// </summary>
    private Dictionary<string, (double Value, Reason Reason)> ConceptScores(List<(MaterialConcept Concept, double Weight)> concepts)
    {
        var result = new Dictionary<string, (double Value, Reason Reason)>(StringComparer.Ordinal);
        var weightSum = concepts.Sum(c => c.Weight);
        if (weightSum <= 0)
        {
            return result;
        }

        var classes = _knowledge.NaceClasses;
        var total = new Dictionary<int, (double Sum, double Best, Reason? Reason)>();
        foreach (var (concept, weight) in concepts)
        {
            var words = new List<(string Word, double Weight, string Via)>();
            for (var i = 0; i < concept.SectorWords.Length; i++)
            {
                words.Add((concept.SectorWords[i], 1 / (1 + (SectorWordRankDecay * i)), concept.SectorWords[i]));
            }

            if (RecoveryWordWeight > 0)
            {
                foreach (var r in concept.RecoveryOperations)
                {
                    foreach (var w in MaterialLexicon.RecoverySectorWords(r))
                    {
                        words.Add((w, RecoveryWordWeight, $"{r}: {w}"));
                    }
                }
            }

            // Title matches combine by noisy-or; notes (long lists) count only their best match.
            var perClass = new Dictionary<int, (double Miss, double Note, double Best, string Via)>();
            foreach (var (word, ww, via) in words)
            {
                foreach (var (index, inTitle) in new[] { (_titleIndex, true), (_noteIndex, false) })
                {
                    if (!index.TryGetValue(word, out var list))
                    {
                        continue;
                    }

                    var spread = Math.Pow(1.0 / list.Count, TitleDamping);
                    foreach (var ci in list)
                    {
                        var v = Math.Min(1, ww * spread * (inTitle ? Math.Pow(3.0 / Math.Max(3, classes[ci].TitleStems.Count), TitleLengthDamping) : NoteMatchWeight));
                        var old = perClass.TryGetValue(ci, out var o) ? o : (Miss: 1.0, Note: 0.0, Best: 0.0, Via: string.Empty);
                        perClass[ci] = (inTitle ? old.Miss * (1 - v) : old.Miss, inTitle ? old.Note : Math.Max(old.Note, v), Math.Max(old.Best, v), v > old.Best ? via : old.Via);
                    }
                }
            }

            foreach (var (ci, (miss, note, _, via)) in perClass)
            {
                var v = weight * (1 - (miss * (1 - note)));
                var old = total.GetValueOrDefault(ci);
                var reason = v > old.Best ? ConceptReason(concept, classes[ci], via) : old.Reason;
                total[ci] = (old.Sum + v, Math.Max(old.Best, v), reason);
            }
        }

        foreach (var (ci, (sum, _, reason)) in total)
        {
            result[classes[ci].Code] = (Math.Min(1, sum / Math.Max(1, weightSum) * 1.5) * Math.Pow(_inputFactor[ci], SectorRoleDamping), reason!);
        }

        return result;
    }

    /// <summary>
    /// “‘kül’ bu sektörde girdi olarak kullanılabilir (R5 — …)”, naming only the concept's usual
    /// operations that this kind of plant carries out (its NACE texts name the operation's sector
    /// words), not every operation of the material (no land treatment for a cement kiln).
    /// </summary>
    private static Reason ConceptReason(MaterialConcept concept, NaceClassInfo c, string via)
    {
        var ops = concept.RecoveryOperations
            .Where(r => MaterialLexicon.RecoverySectorWords(r).Any(w => c.TitleStems.Contains(w) || c.NoteStems.Contains(w)))
            .Select(RecoveryRoutes.Describe)
            .ToList();
        var opsTr = ops.Count == 0 ? string.Empty : $" ({string.Join("; ", ops.Select(o => o.Tr))})";
        var opsEn = ops.Count == 0 ? string.Empty : $"; {string.Join("; ", ops.Select(o => o.En))}";
        return new Reason(
            $"‘{concept.NameTr}’ bu sektörde girdi olarak kullanılabilir{opsTr}",
            $"‘{concept.NameEn}’ can be an input of this sector (NACE text: {via}{opsEn})")
        {
            // The matched word of the NACE text (“cement”) would name the class to an anonymous giver.
            Anonymised = new Reason(
                $"‘{concept.NameTr}’ bu sektörde girdi olarak kullanılabilir{opsTr}",
                $"‘{concept.NameEn}’ can be an input of this sector{(opsEn.Length == 0 ? string.Empty : $" ({opsEn[2..]})")}"),
        };
    }

    private double Cosine(Dictionary<string, double> query, IReadOnlySet<string> features)
    {
        if (query.Count == 0 || features.Count == 0)
        {
            return 0;
        }

        double dot = 0, qq = 0, ee = 0;
        foreach (var (f, w) in query)
        {
            var idf = Idf(f);
            qq += w * w * idf * idf;
            if (features.Contains(f))
            {
                dot += w * idf * idf;
            }
        }

        foreach (var f in features)
        {
            var idf = Idf(f);
            ee += idf * idf;
        }

        return dot / Math.Sqrt(qq * ee);
    }

    private double Idf(string feature) => Math.Log(1 + (_knowledge.DocumentCount / (1.0 + _knowledge.DocumentFrequency(feature))));

    private static double DonorSimilarity(IReadOnlyList<string> query, IReadOnlyList<string> donors)
    {
        double best = 0;
        foreach (var q in query)
        {
            foreach (var d in donors)
            {
                var v = q == d ? 1.0
                    : q.Length >= 4 && d.Length >= 4 && q[..4] == d[..4] ? 0.6
                    : q[..2] == d[..2] ? 0.3 : 0;
                best = Math.Max(best, v);
            }
        }

        return best;
    }

    /// <summary>
    /// The library's best vote for a class, cited only when it is about the same material (the same
    /// waste code, or shared material concepts); otherwise the reason says that related wastes go
    /// to the sector without quoting an exchange of another material.
    /// </summary>
    private static Reason LibraryReason(ExchangeInfo e, int count, List<string> codes, IReadOnlySet<string> queryConcepts, NaceClassInfo c)
    {
        var code = e.EwcCodes.FirstOrDefault(codes.Contains);
        var shared = e.Concepts.Where(k => queryConcepts.Contains(k) && !s_formConcepts.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var receiver = e.Source.ReceiverNace == c.Code ? c.Code : $"{e.Source.ReceiverNace} ⊃ {c.Code}";
        var titleTr = ReferenceTitles.NaceTr(c.Code) ?? c.Code;
        var division = c.Code[..2];
        var countTr = $"{count} benzer örnek";
        var countEn = Count(count, "similar exchange", "similar exchanges");
        if (code is not null)
        {
            // The title is quoted: many begin with other codes ("06 03 11 ve 06 03 13 dışındaki …").
            var waste = ReferenceTitles.WasteTr(code) is { } title ? $"{EwcCode.Display(code)} “{title}”" : EwcCode.Display(code);
            return new Reason(
                $"Sinerji kütüphanesinde aynı atık kodlu değişim: {waste} → {receiver} {titleTr}; {countTr}",
                $"Synergy library exchange with the same waste code: “{e.Source.MaterialDescription}” ({EwcCode.Display(code)}) → {receiver} {c.TitleEn}; {countEn}")
            {
                Anonymised = new Reason(
                    $"Sinerji kütüphanesinde aynı atık kodlu değişim: {waste} → NACE {division} bölümü; {countTr}",
                    $"Synergy library exchange with the same waste code: “{e.Source.MaterialDescription}” ({EwcCode.Display(code)}) → NACE division {division}; {countEn}"),
            };
        }

        if (shared.Count > 0)
        {
            var namesTr = string.Join(", ", shared.Select(k => MaterialLexicon.Find(k)?.NameTr ?? k));
            var namesEn = string.Join(", ", shared.Select(k => MaterialLexicon.Find(k)?.NameEn ?? k));
            return new Reason(
                $"Sinerji kütüphanesinde aynı malzemeli ({namesTr}) değişim → {receiver} {titleTr}; {countTr}",
                $"Synergy library exchange of the same material ({namesEn}): “{e.Source.MaterialDescription}” → {receiver} {c.TitleEn}; {countEn}")
            {
                Anonymised = new Reason(
                    $"Sinerji kütüphanesinde aynı malzemeli ({namesTr}) değişim → NACE {division} bölümü; {countTr}",
                    $"Synergy library exchange of the same material ({namesEn}) → NACE division {division}; {countEn}"),
            };
        }

        return new Reason(
            $"Sinerji kütüphanesinde yakın atıklar bu sektöre gidiyor; {countTr}",
            $"Related wastes go to this sector in the synergy library; {countEn}");
    }
}
