using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IzmirSymbiosis.Web.Api;

/// <summary>What a firm declares for an offer or a need.</summary>
public record StreamRequest
{
    /// <summary>Offer or need (fixed once created).</summary>
    public StreamDirection Direction { get; init; }

    /// <summary>Material, energy, water or capacity (fixed once created).</summary>
    public ResourceKind Kind { get; init; }

    /// <summary>Material description.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>EWC code (six digits, spaces allowed), for wastes; a need may give a sub-chapter (<c>10 01</c>) or chapter (<c>10</c>) to accept any waste under it.</summary>
    public string? EwcCode { get; init; }

    /// <summary>Quantity.</summary>
    public decimal Amount { get; init; }

    /// <summary>Unit of the quantity.</summary>
    public QuantityUnit Unit { get; init; }

    /// <summary>Period of the quantity (or one-off).</summary>
    public QuantityPeriod Period { get; init; }

    /// <summary>Physical state.</summary>
    public PhysicalState PhysicalState { get; init; } = PhysicalState.Solid;

    /// <summary>Quality notes.</summary>
    public string? QualityNotes { get; init; }

    /// <summary>Available from.</summary>
    public DateOnly? AvailableFrom { get; init; }

    /// <summary>Available until.</summary>
    public DateOnly? AvailableUntil { get; init; }

    /// <summary>Price expectation per unit in TRY (negative: the giver pays a gate fee).</summary>
    public decimal? PricePerUnit { get; init; }

    /// <summary>Maximum transport distance in km.</summary>
    public int? MaxTransportKm { get; init; }

    /// <summary>Status.</summary>
    public StreamStatus Status { get; init; } = StreamStatus.Active;

    /// <summary>Visibility to other firms.</summary>
    public StreamVisibility Visibility { get; init; } = StreamVisibility.Anonymised;

    /// <summary>The application's input.</summary>
    public StreamInput ToInput() => new(
        Direction, Kind, Description, EwcCode, Amount, Unit, Period, PhysicalState, QualityNotes,
        AvailableFrom, AvailableUntil, PricePerUnit, MaxTransportKm, Status, Visibility);
}

/// <summary>A stream edit and the version it was read at.</summary>
public sealed record StreamUpdateRequest : StreamRequest
{
    /// <summary>The version the edit started from.</summary>
    public uint Version { get; init; }
}

/// <summary>A status change and the version it was read at.</summary>
public sealed record StreamStatusRequest(uint Version, StreamStatus Status);

/// <summary><c>/api/v1/streams</c> and <c>/api/v1/companies/{id}/streams</c>: offers and needs.</summary>
internal static class StreamsApi
{
    /// <summary>What every change of a stream says about its matches.</summary>
    public const string MatchesFollow =
        "Matches update asynchronously: the response returns once the stream is saved, and the stored matches " +
        "of both firms follow within seconds, computed by the background worker.";

    public static void MapStreamsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/companies/{companyId:guid}/streams", CreateAsync).WithTags("Streams").WithName("CreateStream")
            .WithSummary("Registers an offer or need for a company the user may edit.")
            .WithDescription(MatchesFollow + " Send an Idempotency-Key header to make a retry (the first answer was lost) return the stream the first " +
                "request created instead of registering it twice; the same key with another direction, kind or description is refused.")
            .ProducesValidationProblem();

        var streams = api.MapGroup("/streams").WithTags("Streams");
        streams.MapGet("/{id:guid}", GetAsync).WithName("GetStream")
            .WithSummary("A stream in full; 404 when it does not exist or the user may not read its company.");
        streams.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateStream")
            .WithSummary("Updates a stream; direction and kind stay; 409 when the version is stale.")
            .WithDescription(MatchesFollow)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        streams.MapPost("/{id:guid}/status", SetStatusAsync).WithName("SetStreamStatus")
            .WithSummary("Pauses, reactivates or closes a stream (closed stays closed); 409 when the version is stale.")
            .WithDescription(MatchesFollow)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<StreamView>> CreateAsync(
        Guid companyId, StreamRequest body, [FromHeader(Name = ExchangesApi.IdempotencyKeyHeader)] string? idempotencyKey,
        StreamService streams, StreamQueryService query, CancellationToken cancellationToken)
    {
        // A replay answers as the first request did: the same stream, 201 with its address.
        var (id, _) = await streams.CreateAsync(companyId, body.ToInput(), idempotencyKey, cancellationToken);
        var view = await query.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Stream", id);
        return TypedResults.Created($"/api/v1/streams/{id}", view);
    }

    private static async Task<Ok<StreamView>> GetAsync(Guid id, StreamQueryService query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Stream", id));

    private static async Task<Ok<VersionResponse>> UpdateAsync(Guid id, StreamUpdateRequest body, StreamService streams, CancellationToken cancellationToken)
    {
        // The company comes from the stored stream; the id here only names which stream.
        var version = await streams.UpdateAsync(new StreamEdit(id, Guid.Empty, body.Version, body.ToInput()), cancellationToken);
        return TypedResults.Ok(new VersionResponse(id, version));
    }

    private static async Task<Ok<VersionResponse>> SetStatusAsync(Guid id, StreamStatusRequest body, StreamService streams, CancellationToken cancellationToken) =>
        TypedResults.Ok(new VersionResponse(id, await streams.SetStatusAsync(id, body.Version, body.Status, cancellationToken)));
}
