using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Matching.Latent;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>
/// Receiving firms' “not our material” answers, as the engine's latent ranking uses them
/// (<see cref="FeedbackAdjustment"/>: the material's receiving class goes down). An answer counts
/// only when at least <see cref="MinFirms"/> firms of the same NACE class gave it about offers of the
/// same waste code: the ranking is read by giving firms, and a change that one firm's answer caused
/// would tell them that this firm answered, while an answer leaves no trace for the other side.
/// </summary>
public static class MaterialFeedback
{
    /// <summary>Fewest distinct answering firms of one class and waste code before their answers count.</summary>
    public const int MinFirms = 3;

    /// <summary>The answers that count, one per answering firm, with the offer's code and description and the firm's class.</summary>
    public static async Task<IReadOnlyList<FeedbackItem>> ReadAsync(IAppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await (
            from f in db.MatchFeedback.AsNoTracking()
            where !f.Interested && f.Reason == FeedbackReason.NotOurMaterial && f.Side == MatchSide.Receiver
            join s in db.Streams.AsNoTracking() on f.OfferId equals s.Id
            join c in db.Companies.AsNoTracking() on f.CompanyId equals c.Id
            where s.EwcCode != null
            select new { f.CompanyId, Code = s.EwcCode!, s.Description, c.NaceCode }).ToListAsync(cancellationToken);

        return [.. rows
            .GroupBy(r => (r.Code, r.NaceCode))
            .Where(g => g.Select(r => r.CompanyId).Distinct().Count() >= MinFirms)
            .SelectMany(g => g.DistinctBy(r => r.CompanyId))
            .Select(r => new FeedbackItem([r.Code], r.Description, r.NaceCode, FeedbackAnswer.NotOurMaterial))];
    }
}
