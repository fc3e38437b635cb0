using IzmirSymbiosis.Domain.Exchanges;

namespace IzmirSymbiosis.Domain.Readiness;

/// <summary>
/// Who may assess an exchange's readiness, and when. The assessors are the people who judge an
/// exchange across firms: İZKA experts (also the one who proposed it: readiness is not the review)
/// and OIZ staff of a party's zone (the facilitators, who know the firms). The parties' firm users
/// and admins read the assessments: a firm does not grade its own exchange on the programme's
/// scale, and admins operate the platform without taking part in the work. A rejected or withdrawn
/// exchange is closed and keeps its last assessment.
/// </summary>
public static class ReadinessRules
{
    /// <summary>Null when <paramref name="relation"/> may assess at <paramref name="stage"/>, else the reason key.</summary>
    public static string? RefusalOf(ExchangeActor relation, ExchangeStage stage)
    {
        if (relation is not (ExchangeActor.Expert or ExchangeActor.ProposingExpert or ExchangeActor.ZoneStaff))
        {
            return "Readiness.OnlyAssessors";
        }

        return stage is ExchangeStage.Rejected or ExchangeStage.Withdrawn ? "Readiness.Closed" : null;
    }
}
