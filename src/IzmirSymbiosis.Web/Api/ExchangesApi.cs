using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IzmirSymbiosis.Web.Api;

/// <summary>The draft fields of an exchange; every one may be empty while it is a draft.</summary>
public record ExchangeDraftRequest
{
    /// <summary>Short name; from a match it defaults to the offer's description.</summary>
    public string? Title { get; init; }

    /// <summary>Optional carrier firm.</summary>
    public Guid? TransporterCompanyId { get; init; }

    /// <summary>Optional processor firm.</summary>
    public Guid? ProcessorCompanyId { get; init; }

    /// <summary>The receiver's need (taken from the match when created from one).</summary>
    public Guid? NeedStreamId { get; init; }

    /// <summary>Agreed amount per period.</summary>
    public decimal? AgreedAmount { get; init; }

    /// <summary>Unit of the agreed amount.</summary>
    public QuantityUnit? AgreedUnit { get; init; }

    /// <summary>Period of the agreed amount.</summary>
    public QuantityPeriod? AgreedPeriod { get; init; }

    /// <summary>Waste recovery (R operation), by-product or non-waste.</summary>
    public ExchangeRoute? Route { get; init; }

    /// <summary>R1…R13, for the waste recovery route.</summary>
    public string? RecoveryOperation { get; init; }

    /// <summary>How it travels.</summary>
    public TransportMode? TransportMode { get; init; }

    /// <summary>Transport distance, km.</summary>
    public int? DistanceKm { get; init; }

    /// <summary>Planned first day (the receiver's permit must be valid on it).</summary>
    public DateOnly? PlannedStart { get; init; }

    /// <summary>Confidential commercial terms (parties and experts only; ignored for other users).</summary>
    public string? CommercialTerms { get; init; }

    /// <summary>Answers to the six by-product conditions (Waste Management Regulation, article 19).</summary>
    public IReadOnlyList<ByProductAnswerInput>? ByProductAnswers { get; init; }

    /// <summary>The application's input.</summary>
    public ExchangeInput ToInput() => new()
    {
        Title = Title,
        TransporterCompanyId = TransporterCompanyId,
        ProcessorCompanyId = ProcessorCompanyId,
        NeedStreamId = NeedStreamId,
        AgreedAmount = AgreedAmount,
        AgreedUnit = AgreedUnit,
        AgreedPeriod = AgreedPeriod,
        Route = Route,
        RecoveryOperation = RecoveryOperation,
        TransportMode = TransportMode,
        DistanceKm = DistanceKm,
        PlannedStart = PlannedStart,
        CommercialTerms = CommercialTerms,
        ByProductAnswers = ByProductAnswers,
    };
}

/// <summary>A new exchange: from a match (<see cref="MatchId"/>) or by hand (<see cref="OfferStreamId"/> and <see cref="ReceiverCompanyId"/>).</summary>
public sealed record ExchangeCreateRequest : ExchangeDraftRequest
{
    /// <summary>The match it comes from: firms and streams are taken from it.</summary>
    public Guid? MatchId { get; init; }

    /// <summary>The donor's offer, when recorded by hand.</summary>
    public Guid? OfferStreamId { get; init; }

    /// <summary>The receiving firm, when recorded by hand.</summary>
    public Guid? ReceiverCompanyId { get; init; }

    /// <summary>The introduction that lifted anonymity between the two firms (required when a firm creates it).</summary>
    public Guid? IntroductionId { get; init; }
}

/// <summary>A draft edit and the exchange version it started from.</summary>
public sealed record ExchangeUpdateRequest : ExchangeDraftRequest
{
    /// <summary>The version the edit started from.</summary>
    public int Version { get; init; }
}

/// <summary>A workflow action on an exchange.</summary>
public sealed record ExchangeTransitionRequest
{
    /// <summary>The action.</summary>
    public ExchangeAction? Action { get; init; }

    /// <summary>The exchange version the user saw; a stale one answers 409.</summary>
    public int ExpectedVersion { get; init; }

    /// <summary>Reason (reject, withdraw) or comment (send back; optional otherwise).</summary>
    public string? Comment { get; init; }

    /// <summary>Start date (start implementation) or first delivery date (report implemented).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Measured figures (verify).</summary>
    public VerificationInput? Verification { get; init; }
}

/// <summary>Filters of the exchange list (query string).</summary>
/// <param name="Stage">Only this stage.</param>
/// <param name="ZoneId">Only exchanges with a party firm in this zone.</param>
/// <param name="Mine">Only the user's own (their firm's, or created or proposed by them).</param>
/// <param name="ReviewQueue">Under review and not proposed by the user, longest waiting first.</param>
public sealed record ExchangeFilterQuery(ExchangeStage? Stage, int? ZoneId, bool? Mine, bool? ReviewQueue);

/// <summary>An exchange's new version after a change.</summary>
public sealed record ExchangeVersionResponse(Guid Id, int Version);

/// <summary>
/// <c>/api/v1/exchanges</c>: exchanges (symbioses) under the one visibility rule (parties, zone
/// staff, experts, admins; anyone else 404), their drafts and their workflow actions.
/// </summary>
internal static class ExchangesApi
{
    /// <summary>The header that makes a transition request safe to repeat.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static void MapExchangesApi(this RouteGroupBuilder api)
    {
        var exchanges = api.MapGroup("/exchanges").WithTags("Exchanges");
        exchanges.MapGet("/", ListAsync).WithName("ListExchanges")
            .WithSummary("Exchanges the user may see, most recently changed first; the review queue lists the longest waiting first.")
            .ProducesValidationProblem();
        exchanges.MapGet("/{id:guid}", GetAsync).WithName("GetExchange")
            .WithSummary("One exchange with its legal checklist, history and the actions the user may take now; 404 when the user may not see it.");
        exchanges.MapPost("/", CreateAsync).WithName("CreateExchange")
            .WithSummary("Records an exchange at stage Identified, from a match or by hand.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        exchanges.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateExchangeDraft")
            .WithSummary("Changes the draft fields (stages Identified and Proposed); 409 when the version is stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        exchanges.MapThread(SubjectKind.Exchange, "Exchange");
        exchanges.MapPost("/{id:guid}/transitions", TransitionAsync).WithName("TransitionExchange")
            .WithSummary("Takes a workflow action (confirm, propose, submit, approve, reject, send back, start, report, verify, withdraw).")
            .WithDescription(
                "Checked against the stored stage and version in one transaction with its history and audit rows: of concurrent requests one wins, " +
                "the others answer 409. Send an Idempotency-Key header to make a retry return the first result (Replayed = true) instead of acting twice. " +
                "403 when the stage machine refuses the action for this user, 409 when the stage does not allow it; approval refused by the legal checklist answers 400 naming each missing item.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<PagedResult<ExchangeSummary>>> ListAsync(
        [AsParameters] PageQuery query, [AsParameters] ExchangeFilterQuery filter, ExchangeService exchanges, CancellationToken cancellationToken) =>
        TypedResults.Ok(await exchanges.ListAsync(
            query.ToRequest(), new ExchangeFilter(filter.Stage, filter.ZoneId, filter.Mine ?? false, filter.ReviewQueue ?? false), cancellationToken));

    private static async Task<Ok<ExchangeDetail>> GetAsync(Guid id, ExchangeService exchanges, CancellationToken cancellationToken) =>
        TypedResults.Ok(await exchanges.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Exchange", id));

    private static async Task<Created<ExchangeVersionResponse>> CreateAsync(ExchangeCreateRequest body, ExchangeService exchanges, CancellationToken cancellationToken)
    {
        var created = await exchanges.CreateAsync(
            new NewExchange(body.ToInput(), body.MatchId, body.OfferStreamId, body.ReceiverCompanyId, body.IntroductionId), cancellationToken);
        return TypedResults.Created($"/api/v1/exchanges/{created.Id}", new ExchangeVersionResponse(created.Id, created.Version));
    }

    private static async Task<Ok<ExchangeVersionResponse>> UpdateAsync(Guid id, ExchangeUpdateRequest body, ExchangeService exchanges, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ExchangeVersionResponse(id, await exchanges.UpdateDraftAsync(id, body.Version, body.ToInput(), cancellationToken)));

    private static async Task<Ok<TransitionResult>> TransitionAsync(
        Guid id, ExchangeTransitionRequest body, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey, ExchangeService exchanges, CancellationToken cancellationToken)
    {
        if (body.Action is not { } action)
        {
            throw new ValidationFailedException([new FieldError(nameof(ExchangeTransitionRequest.Action), "Exchange.ActionRequired", [])]);
        }

        var request = new TransitionRequest(action, body.ExpectedVersion, body.Comment, body.Date, body.Verification, idempotencyKey);
        return TypedResults.Ok(await exchanges.TransitionAsync(id, request, cancellationToken));
    }
}
