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
/// (Turkish/English concepts), plus 0.25 × donor-sector similarity; faint material likeness ramps in
/// linearly below <see cref="MaterialRamp"/> instead of being cut off. A coarse receiver (group or
/// division) spreads its vote over its classes (÷√n); a neighbouring code of another material
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
/// is computed from the knowledge given, without the hidden case.
/// </summary>
public sealed class LatentReceiverRanker
{
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

    private static readonly CultureInfo s_tr = CultureInfo.GetCultureInfo("tr-TR");
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
        _inputFactor = [.. classes.Select(c => SectorRoles.InputFactor(c.TitleEn))];
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
        var features = QueryFeatures(codes, query.Description);
        var concepts = QueryConcepts(codes, query.Description);
        var queryConcepts = concepts.Where(c => c.Weight >= 0.7).Select(c => c.Concept.Key).ToHashSet(StringComparer.Ordinal);
        var classes = _knowledge.NaceClasses;
        var library = new Dictionary<string, (double Sum, double Best, ExchangeInfo? BestExchange, int Count)>(StringComparer.Ordinal);
        var donor = new Dictionary<string, double>(StringComparer.Ordinal);
        var popularity = new Dictionary<string, double>(StringComparer.Ordinal);
        var donorCodes = MatchingKnowledge.SplitNace(query.DonorNace);
        var codePrior = new DivisionBackoff(4);
        var donorPrior = new DivisionBackoff(4);

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

                    if (material > 0)
                    {
                        var v = sim * share;
                        var old = library.GetValueOrDefault(c);
                        library[c] = (old.Sum + v, Math.Max(old.Best, v), v > old.Best ? e : old.BestExchange, old.Count + 1);
                    }
                }
            }
        }

        var maxPop = popularity.Count == 0 ? 1 : popularity.Values.Max();
        var conceptScores = ConceptScores(concepts);
        var scored = new List<(NaceClassInfo Class, double Score, List<(double Value, Reason Reason)> Parts)>();
        foreach (var c in classes)
        {
            var parts = new List<(double, Reason)>();
            if (library.TryGetValue(c.Code, out var lib))
            {
                var v = LibraryWeight * (1 - Math.Exp(-(lib.Best + (LibraryRestFactor * (lib.Sum - lib.Best)))));
                parts.Add((v, LibraryReason(lib.BestExchange!, lib.Count, codes, c)));
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

        AddDivisionPriors(scored, codes.Count > 0 ? codePrior.Probabilities(PriorSmoothing) : null, donorCodes.Count > 0 ? donorPrior.Probabilities(PriorSmoothing) : null, query);

        var maxScore = LibraryWeight + ConceptWeight + DonorWeight + PopularityWeight
            + (codes.Count > 0 ? Math.Max(0, CodePriorWeight) : 0) + (donorCodes.Count > 0 ? Math.Max(0, DonorPriorWeight) : 0);
        return [.. scored
            .OrderByDescending(x => x.Score).ThenBy(x => x.Class.Code, StringComparer.Ordinal)
            .Take(top)
            .Select(x => new LatentReceiver(
                x.Class.Code,
                x.Class.TitleEn,
                Math.Round(100 * Math.Min(1, x.Score / maxScore), 1),
                [.. x.Parts.OrderByDescending(p => p.Value).Select(p => p.Reason)]))];
    }

    /// <summary>
    /// Division-level back-off evidence: the library's receiving divisions for the query's waste
    /// code, smoothed towards those of its sub-chapter, chapter and all exchanges (and likewise for
    /// the donor's class, group and division). A division's probability goes to its classes in
    /// proportion to their other evidence relative to the division's best class, so the prior
    /// decides between divisions and the class's own text and library evidence within one.
    /// </summary>
    private void AddDivisionPriors(
        List<(NaceClassInfo Class, double Score, List<(double Value, Reason Reason)> Parts)> scored,
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
                parts.Add((v, new Reason(
                    $"Benzer atık kodlarının alıcılarının %{Math.Round(100 * pc)} kadarı bu bölümde (NACE {d})",
                    $"About {Math.Round(100 * pc)}% of the receivers of similar waste codes are in this division (NACE {d})")));
            }

            if (donorPrior is not null && DonorPriorWeight > 0 && donorPrior.GetValueOrDefault(d) is var pd and > 0)
            {
                var v = DonorPriorWeight * pd * share;
                add += v;
                parts.Add((v, new Reason(
                    $"Benzer üreticilerin ({query.DonorNace}) alıcılarının %{Math.Round(100 * pd)} kadarı bu bölümde (NACE {d})",
                    $"About {Math.Round(100 * pd)}% of the receivers from similar producers ({query.DonorNace}) are in this division (NACE {d})")));
            }

            scored[i] = (c, score + add, parts);
        }
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

            var ops = string.Join(", ", concept.RecoveryOperations);
            foreach (var (ci, (miss, note, _, via)) in perClass)
            {
                var v = weight * (1 - (miss * (1 - note)));
                var old = total.GetValueOrDefault(ci);
                var reason = v > old.Best
                    ? new Reason(
                        $"‘{concept.NameTr}’ bu sektörde girdi olarak kullanılabilir ({via}; {ops})",
                        $"‘{concept.NameEn}’ can be an input of this sector ({via}; {ops})")
                    : old.Reason;
                total[ci] = (old.Sum + v, Math.Max(old.Best, v), reason);
            }
        }

        foreach (var (ci, (sum, _, reason)) in total)
        {
            result[classes[ci].Code] = (Math.Min(1, sum / Math.Max(1, weightSum) * 1.5) * Math.Pow(_inputFactor[ci], SectorRoleDamping), reason!);
        }

        return result;
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

    private static Reason LibraryReason(ExchangeInfo e, int count, List<string> codes, NaceClassInfo c)
    {
        var code = e.EwcCodes.FirstOrDefault(codes.Contains);
        var material = e.Source.MaterialDescription;
        var receiver = e.Source.ReceiverNace == c.Code ? c.Code : $"{e.Source.ReceiverNace} ⊃ {c.Code}";
        var division = c.Code[..2];
        return code is not null
            ? new Reason(
                $"Sinerji kütüphanesinde aynı atık kodlu değişim: “{material}” ({EwcCode.Display(code)}) → {receiver} {c.TitleEn}; {count} benzer örnek",
                $"Synergy library exchange with the same waste code: “{material}” ({EwcCode.Display(code)}) → {receiver} {c.TitleEn}; {count} similar exchanges")
            {
                Anonymised = new Reason(
                    $"Sinerji kütüphanesinde aynı atık kodlu değişim: “{material}” ({EwcCode.Display(code)}) → NACE {division} bölümü; {count} benzer örnek",
                    $"Synergy library exchange with the same waste code: “{material}” ({EwcCode.Display(code)}) → NACE division {division}; {count} similar exchanges"),
            }
            : new Reason(
                $"Sinerji kütüphanesinde benzer değişim: “{material}” → {receiver} {c.TitleEn}; {count} benzer örnek",
                $"Similar exchange in the synergy library: “{material}” → {receiver} {c.TitleEn}; {count} similar exchanges")
            {
                Anonymised = new Reason(
                    $"Sinerji kütüphanesinde benzer değişim: “{material}” → NACE {division} bölümü; {count} benzer örnek",
                    $"Similar exchange in the synergy library: “{material}” → NACE division {division}; {count} similar exchanges"),
            };
    }
}
