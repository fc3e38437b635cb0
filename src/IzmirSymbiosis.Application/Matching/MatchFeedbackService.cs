using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Matches;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>
/// A firm user's answer to a match of their own firm: interested, or not interested with a reason.
/// Stored per user and per pair (<see cref="MatchFeedback"/>), so it survives the match row being
/// recomputed, removed and found again. Only a firm user of one of the two firms may answer
/// (<see cref="AccessPolicy.MayAnswerMatch"/>); for anyone else the match is "not found". The answer
/// is audited with the change; the audit row names the match, never the firms' data.
/// </summary>
public sealed class MatchFeedbackService(IAppDbContextFactory contexts, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Gives or changes the user's answer to a match.</summary>
    /// <exception cref="NotFoundException">No such match, or the user may not answer it.</exception>
    /// <exception cref="ValidationFailedException">The reason or text breaks a rule (fields <c>Reason</c>, <c>Text</c>).</exception>
    /// <exception cref="ConcurrencyConflictException">The same user answered the same pair at the same moment elsewhere.</exception>
    public async Task<FeedbackView> SetAsync(Guid matchId, FeedbackInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var match = await AnswerableAsync(db, user, matchId, cancellationToken);
        var errors = new ErrorCollector();
        errors.Try(nameof(FeedbackInput.Reason), () => MatchFeedback.Check(input.Interested, input.Reason, input.Text));
        errors.ThrowIfAny();

        var userId = user.UserId!.Value;
        var now = clock.GetUtcNow();
        var feedback = await Pair(db.MatchFeedback, match).FirstOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feedback is null)
        {
            feedback = new MatchFeedback(userId, match, user.CompanyId!.Value, input.Interested, input.Reason, input.Text, now);
            db.MatchFeedback.Add(feedback);
        }
        else
        {
            feedback.Answer(match, input.Interested, input.Reason, input.Text, now);
        }

        db.AuditEvents.Add(new AuditEvent(
            AuditEventTypes.MatchFeedbackGiven, userId, null, $"match={match.Id} {(input.Interested ? "interested" : $"not_interested:{input.Reason}")}", now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConcurrencyConflictException(nameof(MatchFeedback), matchId);
        }

        return new FeedbackView(feedback.Interested, feedback.Reason, feedback.Text, feedback.UpdatedAt);
    }

    /// <summary>Withdraws the user's answer to a match (nothing happens when there was none).</summary>
    /// <exception cref="NotFoundException">No such match, or the user may not answer it.</exception>
    public async Task WithdrawAsync(Guid matchId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var match = await AnswerableAsync(db, user, matchId, cancellationToken);
        var userId = user.UserId!.Value;
        var feedback = await Pair(db.MatchFeedback, match).FirstOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feedback is null)
        {
            return;
        }

        db.MatchFeedback.Remove(feedback);
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.MatchFeedbackWithdrawn, userId, null, $"match={match.Id}", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IQueryable<MatchFeedback> Pair(IQueryable<MatchFeedback> feedback, Match match) =>
        match.NeedId is { } need
            ? feedback.Where(f => f.OfferId == match.OfferId && f.NeedId == need && f.ReceiverCompanyId == match.ReceiverCompanyId)
            : feedback.Where(f => f.OfferId == match.OfferId && f.NeedId == null && f.ReceiverCompanyId == match.ReceiverCompanyId);

    private static async Task<Match> AnswerableAsync(IAppDbContext db, UserContext user, Guid matchId, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken);
        if (match is null || !AccessPolicy.MayAnswerMatch(user, match.OfferCompanyId, match.ReceiverCompanyId))
        {
            throw new NotFoundException(nameof(Match), matchId);
        }

        return match;
    }
}
