using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Introductions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>Filters of the introduction list (query string).</summary>
/// <param name="Box">All, Incoming (waiting for my firm's answer) or Outgoing (asked for by me).</param>
/// <param name="Status">Only introductions in this status.</param>
public sealed record IntroductionListQuery(IntroductionBox? Box, IntroductionStatus? Status);

/// <summary>Asks for (or proposes) the introduction of the two firms of a match.</summary>
public sealed record IntroductionCreateRequest
{
    /// <summary>The match whose two firms are to be introduced.</summary>
    public Guid? MatchId { get; init; }
}

/// <summary>Declines an introduction.</summary>
public sealed record IntroductionDeclineRequest
{
    /// <summary>Optional reason (at most 500 characters); never shown to the other firm.</summary>
    public string? Reason { get; init; }
}

/// <summary>A new message in a thread.</summary>
public sealed record CommentRequest
{
    /// <summary>The message, 1–4000 characters after trimming.</summary>
    public string? Body { get; init; }
}

/// <summary>
/// <c>/api/v1/introductions</c>: introductions between the two firms of a match and their comment
/// thread. The parties, their zones' staff, experts and admins see one; anyone else gets 404.
/// </summary>
internal static class IntroductionsApi
{
    public static void MapIntroductionsApi(this RouteGroupBuilder api)
    {
        var introductions = api.MapGroup("/introductions").WithTags("Introductions");
        introductions.MapGet("/", ListAsync).WithName("ListIntroductions")
            .WithSummary("Introductions of the user's firm (or zones; all for experts and admins), newest first.")
            .ProducesValidationProblem();
        introductions.MapPost("/", CreateAsync).WithName("CreateIntroduction")
            .WithSummary("Asks for (a firm of the match) or proposes (staff, expert) an introduction; 404 when the match is not the user's to introduce.")
            .ProducesValidationProblem();
        introductions.MapGet("/{id:guid}", GetAsync).WithName("GetIntroduction")
            .WithSummary("One introduction: the other firm anonymised until both accepted, then named with its contact and the pair's exact figures.");
        introductions.MapPost("/{id:guid}/accept", AcceptAsync).WithName("AcceptIntroduction")
            .WithSummary("The user's firm accepts; 400 when it is no longer pending, 409 when someone answered at the same moment.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        introductions.MapPost("/{id:guid}/decline", DeclineAsync).WithName("DeclineIntroduction")
            .WithSummary("The user's firm declines, with an optional reason the other firm never sees.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        introductions.MapPost("/{id:guid}/withdraw", WithdrawAsync).WithName("WithdrawIntroduction")
            .WithSummary("Whoever asked takes a pending request back.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        introductions.MapThread(SubjectKind.Introduction, "Introduction");
    }

    private static async Task<Ok<PagedResult<IntroductionListItem>>> ListAsync(
        [AsParameters] PageQuery query, [AsParameters] IntroductionListQuery filter, IntroductionService introductions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await introductions.ListAsync(query.ToRequest(), new IntroductionFilter(filter.Box ?? IntroductionBox.All, filter.Status), cancellationToken));

    private static async Task<Created<IntroductionView>> CreateAsync(IntroductionCreateRequest body, IntroductionService introductions, CancellationToken cancellationToken)
    {
        if (body.MatchId is not { } matchId)
        {
            throw new ValidationFailedException([new FieldError(nameof(IntroductionCreateRequest.MatchId), "Introduction.MatchRequired", [])]);
        }

        var id = await introductions.RequestAsync(matchId, cancellationToken);
        return TypedResults.Created($"/api/v1/introductions/{id}", await ViewAsync(introductions, id, cancellationToken));
    }

    private static async Task<Ok<IntroductionView>> GetAsync(Guid id, IntroductionService introductions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ViewAsync(introductions, id, cancellationToken));

    private static async Task<Ok<IntroductionView>> AcceptAsync(Guid id, IntroductionService introductions, CancellationToken cancellationToken)
    {
        await introductions.AcceptAsync(id, cancellationToken);
        return TypedResults.Ok(await ViewAsync(introductions, id, cancellationToken));
    }

    private static async Task<Ok<IntroductionView>> DeclineAsync(Guid id, IntroductionDeclineRequest body, IntroductionService introductions, CancellationToken cancellationToken)
    {
        await introductions.DeclineAsync(id, body.Reason, cancellationToken);
        return TypedResults.Ok(await ViewAsync(introductions, id, cancellationToken));
    }

    private static async Task<Ok<IntroductionView>> WithdrawAsync(Guid id, IntroductionService introductions, CancellationToken cancellationToken)
    {
        await introductions.WithdrawAsync(id, cancellationToken);
        return TypedResults.Ok(await ViewAsync(introductions, id, cancellationToken));
    }

    private static async Task<IntroductionView> ViewAsync(IntroductionService introductions, Guid id, CancellationToken cancellationToken) =>
        await introductions.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Introduction", id);
}
