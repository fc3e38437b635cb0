using System.Globalization;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.Latent;

/// <summary>
/// Ranks NACE classes that are likely to take a material, whether or not any firm registered a
/// need. Four kinds of knowledge, each a score in 0–1 per class, combined with fixed weights:
/// <list type="number">
/// <item><b>Library</b> (weight <see cref="LibraryWeight"/>): every synergy-library exchange votes for
/// its receiver with its similarity to the query: code similarity (same code 1, same
/// sub-chapter 0.45, same chapter 0.12) + 0.8 × IDF-weighted cosine of material descriptions
/// (Turkish/English concepts) + 0.25 × donor-sector similarity. A coarse receiver (group or
/// division) spreads its vote over its classes (÷√n); a neighbouring code of another material
/// counts ×0.35. Per class: 1 − e^(−(best + 0.3 · rest)), so many weak votes do not outweigh one
/// close match.</item>
/// <item><b>Material concepts → sectors</b> (<see cref="ConceptWeight"/>): the lexicon names the
/// sectors that use each material concept; a class scores when a sector word is in its NACE title
/// (1) or explanatory notes (0.35).</item>
/// <item><b>Donor sector</b> (<see cref="DonorWeight"/>): receivers of any material from the same donor
/// class, group or division in the library.</item>
/// <item><b>Popularity</b> (<see cref="PopularityWeight"/>): log-frequency of the class among library receivers.</item>
/// </list>
/// Classes outside sections A–F (trade, services) are damped ×0.3: they rarely use materials.
/// </summary>
public sealed class LatentReceiverRanker
{
    /// <summary>Weight of library evidence.</summary>
    public double LibraryWeight { get; init; } = 3.0;

    /// <summary>Weight of concept–sector knowledge.</summary>
    public double ConceptWeight { get; init; } = 2.0;

    /// <summary>Weight of donor-sector evidence.</summary>
    public double DonorWeight { get; init; } = 0.5;

    /// <summary>Weight of popularity.</summary>
    public double PopularityWeight { get; init; } = 0.4;

    /// <summary>Weight of the votes after the strongest one (many weak votes should not outweigh one close match).</summary>
    public double LibraryRestFactor { get; init; } = 0.3;

    /// <summary>Exponent of the damping of sector words that occur in many NACE titles (0 = none).</summary>
    public double TitleDamping { get; init; } = 0;

    /// <summary>Decay of a sector word's weight by its position in the concept's list (first = main use).</summary>
    public double SectorWordRankDecay { get; init; } = 0;

    /// <summary>Code similarity of two codes in the same EWC sub-chapter.</summary>
    public double SubChapterSimilarity { get; init; } = 0.45;

    /// <summary>Code similarity of two codes in the same EWC chapter.</summary>
    public double ChapterSimilarity { get; init; } = 0.12;

    /// <summary>Factor on the library vote of a neighbouring code whose material concepts differ from the query's.</summary>
    public double ConceptMismatchFactor { get; init; } = 0.35;

    private static readonly CultureInfo s_tr = CultureInfo.GetCultureInfo("tr-TR");
    private readonly MatchingKnowledge _knowledge;
    private readonly Dictionary<string, string[]> _classesUnder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titleWordCount = new(StringComparer.Ordinal);

    /// <summary>Creates a ranker over the knowledge.</summary>
    public LatentReceiverRanker(MatchingKnowledge knowledge)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        foreach (var c in knowledge.NaceClasses)
        {
            foreach (var w in c.TitleStems)
            {
                _titleWordCount[w] = _titleWordCount.GetValueOrDefault(w) + 1;
            }
        }
    }

    /// <summary>Ranks classes for the query, best first; at most <paramref name="top"/>.</summary>
    public IReadOnlyList<LatentReceiver> Rank(LatentQuery query, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        var codes = query.EwcCodes.Select(c => EwcCode.Normalize(c) ?? c).Where(c => _knowledge.WasteCode(c) is not null).Distinct().ToList();
        var features = QueryFeatures(codes, query.Description);
        var concepts = QueryConcepts(codes, query.Description);
        var queryConcepts = concepts.Where(c => c.Weight >= 0.7).Select(c => c.Concept.Key).ToHashSet(StringComparer.Ordinal);
        var classes = _knowledge.NaceClasses;
        var library = new Dictionary<string, (double Sum, double Best, ExchangeInfo? BestExchange, int Count)>(StringComparer.Ordinal);
        var donor = new Dictionary<string, double>(StringComparer.Ordinal);
        var popularity = new Dictionary<string, double>(StringComparer.Ordinal);
        var donorCodes = MatchingKnowledge.SplitNace(query.DonorNace);

        foreach (var e in _knowledge.Exchanges)
        {
            if (query.HiddenCaseId is not null && e.Source.CaseId == query.HiddenCaseId)
            {
                continue;
            }

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

            var textSim = Cosine(features, e.Features);
            var donorSim = DonorSimilarity(donorCodes, e.DonorCodes);
            var sim = codeSim + (0.8 * textSim) + (0.25 * donorSim);
            foreach (var r in e.ReceiverCodes)
            {
                var under = ClassesUnder(r);
                if (under.Length == 0)
                {
                    continue;
                }

                var share = 1 / Math.Sqrt(under.Length);
                foreach (var c in under)
                {
                    popularity[c] = popularity.GetValueOrDefault(c) + share;
                    if (donorSim > 0)
                    {
                        donor[c] = donor.GetValueOrDefault(c) + (donorSim * share);
                    }

                    if (codeSim > 0 || textSim > 0.15)
                    {
                        var v = sim * share;
                        var old = library.GetValueOrDefault(c);
                        library[c] = (old.Sum + v, Math.Max(old.Best, v), v > old.Best ? e : old.BestExchange, old.Count + 1);
                    }
                }
            }
        }

        var maxPop = popularity.Count == 0 ? 1 : popularity.Values.Max();
        var conceptWeightSum = concepts.Sum(c => c.Weight);
        var scored = new List<(NaceClassInfo Class, double Score, List<(double Value, Reason Reason)> Parts)>();
        foreach (var c in classes)
        {
            var parts = new List<(double, Reason)>();
            if (library.TryGetValue(c.Code, out var lib))
            {
                var v = LibraryWeight * (1 - Math.Exp(-(lib.Best + (LibraryRestFactor * (lib.Sum - lib.Best)))));
                parts.Add((v, LibraryReason(lib.BestExchange!, lib.Count, codes)));
            }

            if (conceptWeightSum > 0)
            {
                var (v, reason) = ConceptScore(c, concepts, conceptWeightSum);
                if (v > 0)
                {
                    parts.Add((ConceptWeight * v, reason!));
                }
            }

            if (donor.TryGetValue(c.Code, out var d))
            {
                parts.Add((DonorWeight * (1 - Math.Exp(-d)), new Reason(
                    $"Benzer üreticilerin ({query.DonorNace}) yan ürünleri bu sektöre gidiyor",
                    $"By-products of similar producers ({query.DonorNace}) go to this sector")));
            }

            if (popularity.TryGetValue(c.Code, out var p))
            {
                var n = p.ToString("0.#", CultureInfo.InvariantCulture);
                parts.Add((PopularityWeight * Math.Log(1 + p) / Math.Log(1 + maxPop), new Reason(
                    $"Sinerji kütüphanesinde sık alıcı sektör ({p.ToString("0.#", s_tr)} örnek)",
                    $"Frequent receiver in the synergy library ({n} exchanges)")));
            }

            if (parts.Count == 0)
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

        var maxScore = LibraryWeight + ConceptWeight + DonorWeight + PopularityWeight;
        return [.. scored
            .OrderByDescending(x => x.Score).ThenBy(x => x.Class.Code, StringComparer.Ordinal)
            .Take(top)
            .Select(x => new LatentReceiver(
                x.Class.Code,
                x.Class.TitleEn,
                Math.Round(100 * Math.Min(1, x.Score / maxScore), 1),
                [.. x.Parts.OrderByDescending(p => p.Value).Select(p => p.Reason)]))];
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

    private Dictionary<string, double> QueryFeatures(List<string> codes, string? description)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var f in TextAnalyzer.Features(description))
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

    private List<(MaterialConcept Concept, double Weight)> QueryConcepts(List<string> codes, string? description)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var k in TextAnalyzer.Concepts(description))
        {
            result[k] = 1.0;
        }

        foreach (var code in codes)
        {
            foreach (var k in TextAnalyzer.Concepts(_knowledge.WasteCode(code)!.DescriptionEn))
            {
                result[k] = Math.Max(result.GetValueOrDefault(k), 0.7);
            }

            foreach (var k in TextAnalyzer.Concepts(_knowledge.CategoryTitle(code[..4])))
            {
                result[k] = Math.Max(result.GetValueOrDefault(k), 0.3);
            }
        }

        return [.. result.Select(p => (MaterialLexicon.Find(p.Key)!, p.Value))];
    }

    private (double Value, Reason? Reason) ConceptScore(NaceClassInfo c, List<(MaterialConcept Concept, double Weight)> concepts, double weightSum)
    {
        double total = 0;
        double best = 0;
        Reason? reason = null;
        foreach (var (concept, weight) in concepts)
        {
            double conceptBest = 0;
            string? word = null;
            for (var i = 0; i < concept.SectorWords.Length; i++)
            {
                var s = concept.SectorWords[i];
                var damp = Math.Pow(1 / Math.Log(2 + _titleWordCount.GetValueOrDefault(s)), TitleDamping) / (1 + (SectorWordRankDecay * i));
                var v = c.TitleStems.Contains(s) ? damp : c.NoteStems.Contains(s) ? 0.35 * damp : 0;
                if (v > conceptBest)
                {
                    conceptBest = v;
                    word = s;
                }
            }

            total += weight * conceptBest;
            if (weight * conceptBest > best)
            {
                best = weight * conceptBest;
                var ops = string.Join(", ", concept.RecoveryOperations);
                reason = new Reason(
                    $"‘{concept.NameTr}’ bu sektörde girdi olarak kullanılabilir ({word}; {ops})",
                    $"‘{concept.NameEn}’ can be an input of this sector ({word}; {ops})");
            }
        }

        return (Math.Min(1, total / Math.Max(1, weightSum) * 1.5), reason);
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

    private static Reason LibraryReason(ExchangeInfo e, int count, List<string> codes)
    {
        var code = e.EwcCodes.FirstOrDefault(codes.Contains);
        var material = e.Source.MaterialDescription;
        return code is not null
            ? new Reason(
                $"Sinerji kütüphanesi: aynı atık kodu ({EwcCode.Display(code)}, “{material}”) bu sektöre gitmiş; {count} benzer örnek",
                $"Synergy library: the same waste code ({EwcCode.Display(code)}, “{material}”) went to this sector; {count} similar exchanges")
            : new Reason(
                $"Sinerji kütüphanesi: benzer malzeme (“{material}”) bu sektöre gitmiş; {count} benzer örnek",
                $"Synergy library: a similar material (“{material}”) went to this sector; {count} similar exchanges");
    }
}
