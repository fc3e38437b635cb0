using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Readiness;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// Readiness assessments of the demo exchanges, so the radar and the distribution show something at
/// first start: levels that grow with the stage (a proposal is an idea with a first estimate, a
/// verified exchange runs and is measured), varied per exchange, the legal side held back where a
/// by-product condition or a hazardous permit is still being settled. The verified one has two
/// assessments (staff when it was approved, the expert after verification), so its history shows.
/// Pure and deterministic.
/// </summary>
internal static class DemoReadiness
{
    // Technology, business, organisational, legal, societal, environmental (ReadinessScale.Perspectives order).
    private static readonly Dictionary<ExchangeStage, int[]> s_levels = new()
    {
        [ExchangeStage.Proposed] = [3, 2, 2, 2, 1, 3],
        [ExchangeStage.UnderReview] = [4, 4, 3, 4, 2, 4],
        [ExchangeStage.Approved] = [5, 5, 5, 6, 3, 5],
        [ExchangeStage.InImplementation] = [7, 6, 6, 7, 4, 6],
        [ExchangeStage.Implemented] = [8, 7, 7, 8, 5, 7],
        [ExchangeStage.Verified] = [9, 8, 8, 8, 6, 8],
    };

    private static readonly int[][] s_variation = [[0, 0, 0, 0, 0, 0], [-1, 1, 0, -1, 1, 0], [1, -1, 1, 0, 0, -1]];

    /// <summary>The assessments of one demo exchange (the <paramref name="index"/>-th built), none for stages not worth assessing.</summary>
    public static IReadOnlyList<ReadinessAssessment> Build(Exchange exchange, IReadOnlyList<ExchangeHistoryEntry> history, DemoActors actors, int index)
    {
        if (!s_levels.TryGetValue(exchange.Stage, out var levels) || history.Count == 0)
        {
            return [];
        }

        var result = new List<ReadinessAssessment>();
        if (exchange.Stage == ExchangeStage.Verified && history.FirstOrDefault(h => h.Action == nameof(ExchangeAction.Approve)) is { } approved)
        {
            result.Add(ReadinessAssessment.Next(
                exchange.Id, null, 0, Ratings(s_levels[ExchangeStage.Approved], [0, 0, 0, 0, 0, 0], exchange), actors.Staff, approved.At.AddHours(3)));
        }

        result.Add(ReadinessAssessment.Next(
            exchange.Id, result.LastOrDefault(), result.Count, Ratings(levels, s_variation[index % s_variation.Length], exchange), actors.Expert, history[^1].At.AddHours(2)));
        return result;
    }

    private static List<ReadinessRating> Ratings(int[] levels, int[] variation, Exchange exchange) =>
    [
        .. ReadinessScale.Perspectives.Select((p, i) =>
        {
            var level = Math.Clamp(levels[i] + variation[i], ReadinessScale.MinLevel, ReadinessScale.MaxLevel);
            if (p == ReadinessPerspective.Legal && exchange.Stage == ExchangeStage.UnderReview && exchange.Route == ExchangeRoute.ByProduct)
            {
                level = 2;
            }

            return new ReadinessRating(p, level, NoteFor(p, level, exchange));
        }),
    ];

    private static string? NoteFor(ReadinessPerspective perspective, int level, Exchange exchange) => perspective switch
    {
        ReadinessPerspective.Legal when exchange.Route == ExchangeRoute.ByProduct && level <= 3 => "Yan ürün şartlarından biri için kanıt bekleniyor (Atık Yönetimi Yönetmeliği md. 19).",
        ReadinessPerspective.Legal when level >= 7 => "Alıcının çevre izni geri kazanım işlemini kapsıyor; taşıma kayıtları tam.",
        ReadinessPerspective.Technology when level is 4 or 5 => "Alıcı numuneyi kendi kalite şartlarına göre denedi.",
        ReadinessPerspective.Environmental when level >= 8 => "Doğrulanmış rakamlar etki defterinde kayıtlı.",
        ReadinessPerspective.Societal when level <= 2 => "OSB ve komşu firmalarla henüz paylaşılmadı.",
        _ => null,
    };
}
