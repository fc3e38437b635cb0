using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.Latent;

/// <summary>An answer a firm gave about a suggested receiving class.</summary>
public enum FeedbackAnswer
{
    /// <summary>Any other answer; it does not change the ranking.</summary>
    Other,

    /// <summary>“Not relevant: not our material” — the receiving class does not take this material.</summary>
    NotOurMaterial,
}

/// <summary>One answer about an offer and a suggested receiving class.</summary>
/// <param name="EwcCodes">EWC codes of the offer (may be empty).</param>
/// <param name="Description">Description of the offer, Turkish or English.</param>
/// <param name="ReceiverNace">The suggested receiving NACE class (or a coarser code, which covers its classes).</param>
/// <param name="Answer">What the firm answered.</param>
public sealed record FeedbackItem(IReadOnlyList<string> EwcCodes, string? Description, string ReceiverNace, FeedbackAnswer Answer)
{
    /// <summary>Parses an answer word of a feedback file: <c>not_our_material</c> (also <c>not-our-material</c>, <c>malzememiz_degil</c>); anything else is <see cref="FeedbackAnswer.Other"/>.</summary>
    public static FeedbackAnswer ParseAnswer(string? text) =>
        (text ?? string.Empty).Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_') switch
        {
            "not_our_material" or "malzememiz_degil" or "malzememiz_değil" => FeedbackAnswer.NotOurMaterial,
            _ => FeedbackAnswer.Other,
        };
}

/// <summary>
/// Post-ranking adjustment from feedback: every “not our material” answer lowers the pair
/// (material concept, receiving class) it was given for. The material concepts of an answer and of
/// a query are the lexicon concepts of the description (read in the context of the EWC codes) and
/// of the codes' official descriptions. A ranked class that <c>n</c> answers about a shared
/// concept cover gets its score multiplied by <see cref="Factor"/>^n, gains a reason saying so, and
/// the list is sorted again. Other answers change nothing. Immutable once built.
/// </summary>
public sealed class FeedbackAdjustment
{
    private readonly MatchingKnowledge _knowledge;
    private readonly List<(HashSet<string> Concepts, string Receiver)> _negatives = [];

    /// <summary>Builds the adjustment from answers.</summary>
    public FeedbackAdjustment(MatchingKnowledge knowledge, IEnumerable<FeedbackItem> answers, double factor = 0.5)
    {
        ArgumentNullException.ThrowIfNull(answers);
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        Factor = factor is > 0 and <= 1 ? factor : throw new ArgumentOutOfRangeException(nameof(factor), "between 0 (exclusive) and 1");
        foreach (var a in answers.Where(a => a.Answer == FeedbackAnswer.NotOurMaterial))
        {
            var concepts = ConceptsOf(a.EwcCodes, a.Description);
            var receiver = a.ReceiverNace.Trim();
            if (concepts.Count > 0 && receiver.Length >= 2)
            {
                _negatives.Add((concepts, receiver));
            }
        }
    }

    /// <summary>Multiplier per “not our material” answer on the same material and class (0–1].</summary>
    public double Factor { get; }

    /// <summary>Number of “not our material” answers the adjustment uses.</summary>
    public int NegativeCount => _negatives.Count;

    /// <summary>The ranking with the feedback applied, best first.</summary>
    public IReadOnlyList<LatentReceiver> Apply(LatentQuery query, IReadOnlyList<LatentReceiver> ranked)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(ranked);
        if (_negatives.Count == 0 || ranked.Count == 0)
        {
            return ranked;
        }

        var concepts = ConceptsOf(query.EwcCodes, query.Description);
        if (concepts.Count == 0)
        {
            return ranked;
        }

        var result = new List<LatentReceiver>(ranked.Count);
        foreach (var r in ranked)
        {
            var n = _negatives.Count(x => MatchingKnowledge.IsUnder(r.NaceCode, x.Receiver) && x.Concepts.Overlaps(concepts));
            result.Add(n == 0 ? r : r with
            {
                Score = Math.Round(r.Score * Math.Pow(Factor, n), 1),
                Reasons = [.. r.Reasons, new Reason(
                    $"Bu sektördeki firmalar benzer malzeme için “malzememiz değil” yanıtı verdi ({n} yanıt)",
                    $"Firms of this sector answered “not our material” for similar material ({n} {(n == 1 ? "answer" : "answers")})")],
            });
        }

        // Stable: classes the feedback did not touch keep their order.
        return [.. result.Select((r, i) => (r, i)).OrderByDescending(x => x.r.Score).ThenBy(x => x.i).Select(x => x.r)];
    }

    private HashSet<string> ConceptsOf(IReadOnlyList<string> ewcCodes, string? description)
    {
        var codes = ewcCodes.Select(c => EwcCode.Normalize(c) ?? c).Where(c => _knowledge.WasteCode(c) is not null).Distinct().ToList();
        var context = new WordContext(codes);
        var result = TextAnalyzer.Concepts(description, context).ToHashSet(StringComparer.Ordinal);
        foreach (var c in codes)
        {
            result.UnionWith(TextAnalyzer.Concepts(_knowledge.WasteCode(c)!.DescriptionEn, context));
        }

        return result;
    }
}
