using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Domain.Matches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>A firm user's answer to a match.</summary>
public sealed record FeedbackRequest
{
    /// <summary>True for "İlgileniyorum" (interested), false for "İlgilenmiyorum".</summary>
    public bool Interested { get; init; }

    /// <summary>Why not interested (required then, not allowed otherwise).</summary>
    public FeedbackReason? Reason { get; init; }

    /// <summary>Free text, at most 500 characters; required for the reason <c>Other</c>.</summary>
    public string? Text { get; init; }

    /// <summary>The application's input.</summary>
    public FeedbackInput ToInput() => new(Interested, Reason, Text);
}

/// <summary>
/// <c>/api/v1/matches/{id}/feedback</c>: the signed-in firm user's own answer to a match of their
/// firm. Another firm's match, or a user who is not a firm user of the pair, gets 404.
/// </summary>
internal static class MatchFeedbackApi
{
    public static void MapMatchFeedbackApi(this RouteGroupBuilder api)
    {
        var feedback = api.MapGroup("/matches/{id:guid}/feedback").WithTags("Matches");
        feedback.MapPut("/", SetAsync).WithName("SetMatchFeedback")
            .WithSummary("Gives or changes the user's answer to a match of their firm; a pair marked not interested leaves the user's lists.")
            .WithDescription("Stored per user and pair (offer × need, or offer × latent receiver), so it outlives the match row. The other firm never sees it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        feedback.MapDelete("/", WithdrawAsync).WithName("WithdrawMatchFeedback")
            .WithSummary("Withdraws the user's answer to a match (the pair shows in the lists again).");
    }

    private static async Task<Ok<FeedbackView>> SetAsync(Guid id, FeedbackRequest body, MatchFeedbackService feedback, CancellationToken cancellationToken) =>
        TypedResults.Ok(await feedback.SetAsync(id, body.ToInput(), cancellationToken));

    private static async Task<NoContent> WithdrawAsync(Guid id, MatchFeedbackService feedback, CancellationToken cancellationToken)
    {
        await feedback.WithdrawAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }
}
