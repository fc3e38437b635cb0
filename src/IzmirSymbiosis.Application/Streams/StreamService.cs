using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Streams;

/// <summary>What a firm fills in for an offer or a need.</summary>
public sealed record StreamInput(
    StreamDirection Direction,
    ResourceKind Kind,
    string Description,
    string? EwcCode,
    decimal Amount,
    QuantityUnit Unit,
    QuantityPeriod Period,
    PhysicalState PhysicalState = PhysicalState.Solid,
    string? QualityNotes = null,
    DateOnly? AvailableFrom = null,
    DateOnly? AvailableUntil = null,
    decimal? PricePerUnit = null,
    int? MaxTransportKm = null,
    StreamStatus Status = StreamStatus.Active,
    StreamVisibility Visibility = StreamVisibility.Anonymised);

/// <summary>The stream a create made, or found when the same idempotency key was sent before (<see cref="Replayed"/>).</summary>
public sealed record StreamCreated(Guid Id, bool Replayed);

/// <summary>An existing stream in editable form, with the version the editor starts from.</summary>
public sealed record StreamEdit(Guid Id, Guid CompanyId, uint Version, StreamInput Input);

/// <summary>
/// Creates and edits offers and needs. Every field is checked before anything is saved (all
/// problems reported at once); a stale edit is refused. Each save records a
/// <see cref="RematchRequest"/> in its own transaction and returns; the background worker updates the
/// stored matches shortly after (<see cref="MatchQueryService.IsUpdatingAsync"/> tells whether it has).
/// </summary>
public sealed class StreamService(IAppDbContextFactory contexts, IBackgroundJobs jobs, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Registers a new stream for a company; its matches follow in the background.</summary>
    public async Task<Guid> CreateAsync(Guid companyId, StreamInput input, CancellationToken cancellationToken = default) =>
        (await CreateAsync(companyId, input, null, cancellationToken)).Id;

    /// <summary>
    /// Registers a new stream; with an <paramref name="idempotencyKey"/>, a retry of the same request
    /// (the answer to the first was lost) returns the stream the first one created
    /// (<see cref="StreamCreated.Replayed"/>) instead of creating a second. The key is the company's:
    /// the same key with another direction, kind or description is refused.
    /// </summary>
    public async Task<StreamCreated> CreateAsync(Guid companyId, StreamInput input, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = IdempotencyKeys.Check(idempotencyKey, ResourceStream.CreationKeyMaxLength, "Stream.IdempotencyKeyInvalid");
        await using (var db = await contexts.CreateAsync(cancellationToken))
        {
            // Access first: a key of another firm's stream is never looked up.
            await RequireEditAsync(db, companyId, cancellationToken);
            if (key is not null && await FindCreatedAsync(db, companyId, key, input, cancellationToken) is { } first)
            {
                return first;
            }

            var stream = await AddCheckedAsync(db, companyId, input, cancellationToken);
            if (key is not null)
            {
                stream.RecordCreationKey(key);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                jobs.RematchSoon();
                return new StreamCreated(stream.Id, false);
            }
            catch (DbUpdateException) when (key is not null)
            {
                // The same request sent twice at once: the other one inserted first (the key is unique per company).
            }
        }

        await using var fresh = await contexts.CreateAsync(cancellationToken);
        return await FindCreatedAsync(fresh, companyId, key, input, cancellationToken)
            ?? throw new ConcurrencyConflictException("Stream", Guid.Empty);
    }

    private static async Task<StreamCreated?> FindCreatedAsync(IAppDbContext db, Guid companyId, string key, StreamInput input, CancellationToken cancellationToken)
    {
        var first = await db.Streams.AsNoTracking()
            .Where(s => s.CompanyId == companyId && s.CreationKey == key)
            .Select(s => new { s.Id, s.Direction, s.Kind, s.Description })
            .FirstOrDefaultAsync(cancellationToken);
        if (first is null)
        {
            return null;
        }

        if (first.Direction != input.Direction || first.Kind != input.Kind || first.Description != input.Description.Trim())
        {
            throw new ValidationFailedException([new FieldError("IdempotencyKey", "Stream.IdempotencyKeyReused", [])]);
        }

        return new StreamCreated(first.Id, true);
    }

    /// <summary>
    /// Checks a new stream under the same rules and access as <see cref="CreateAsync"/> and adds it,
    /// with its re-match request, to <paramref name="db"/> without saving: for a caller that saves
    /// it together with its own change (a site visit lists the streams found on it). After saving
    /// the caller calls <see cref="RematchSoon"/>.
    /// </summary>
    internal async Task<ResourceStream> StageAsync(IAppDbContext db, Guid companyId, StreamInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireEditAsync(db, companyId, cancellationToken);
        return await AddCheckedAsync(db, companyId, input, cancellationToken);
    }

    /// <summary>Validates a new stream and adds it with its re-match request; the caller has checked edit access.</summary>
    private async Task<ResourceStream> AddCheckedAsync(IAppDbContext db, Guid companyId, StreamInput input, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        var quantity = errors.Try(nameof(StreamInput.Amount), () => new Quantity(input.Amount, input.Unit, input.Period));
        var stream = quantity is null
            ? null
            : errors.Try(nameof(StreamInput.Description), () => new ResourceStream(companyId, input.Direction, input.Kind, input.Description, quantity));
        if (stream is not null)
        {
            Apply(stream, input, errors);
        }

        await CheckEwcExistsAsync(db, input.EwcCode, errors, cancellationToken);
        errors.ThrowIfAny();

        db.Streams.Add(stream!);
        db.RematchRequests.Add(RematchRequest.ForStream(stream!.Id, companyId, clock.GetUtcNow()));
        return stream;
    }

    /// <summary>Wakes the matching worker after a caller saved what <see cref="StageAsync"/> added.</summary>
    internal void RematchSoon() => jobs.RematchSoon();

    /// <summary>Loads a stream for editing; null when it does not exist.</summary>
    public async Task<StreamEdit?> GetForEditAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var s = await db.Streams.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (s is null || !await CanEditAsync(db, s.CompanyId, cancellationToken))
        {
            return null;
        }

        return new StreamEdit(s.Id, s.CompanyId, s.Version, new StreamInput(
                s.Direction, s.Kind, s.Description, s.EwcScope, s.Quantity.Amount, s.Quantity.Unit, s.Quantity.Period,
                s.PhysicalState, s.QualityNotes, s.AvailableFrom, s.AvailableUntil, s.PricePerUnit, s.MaxTransportKm, s.Status, s.Visibility));
    }

    /// <summary>
    /// Saves an edit made from <see cref="StreamEdit.Version"/>; throws
    /// <see cref="ConcurrencyConflictException"/> when someone saved in between.
    /// Direction and kind are fixed once created.
    /// </summary>
    public async Task<uint> UpdateAsync(StreamEdit edit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var stream = await db.Streams.FirstOrDefaultAsync(s => s.Id == edit.Id, cancellationToken);
        if (stream is null || !await CanEditAsync(db, stream.CompanyId, cancellationToken))
        {
            throw new NotFoundException("Stream", edit.Id);
        }

        if (stream.Version != edit.Version)
        {
            throw new ConcurrencyConflictException("Stream", edit.Id);
        }

        var errors = new ErrorCollector();
        var input = edit.Input with { Direction = stream.Direction, Kind = stream.Kind };
        errors.Try(nameof(StreamInput.Description), () => stream.Describe(input.Description, null));
        errors.Try(nameof(StreamInput.Amount), () => stream.SetQuantity(new Quantity(input.Amount, input.Unit, input.Period)));
        Apply(stream, input, errors);
        await CheckEwcExistsAsync(db, input.EwcCode, errors, cancellationToken);
        errors.ThrowIfAny();
        db.RematchRequests.Add(RematchRequest.ForStream(stream.Id, stream.CompanyId, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Stream", edit.Id);
        }

        jobs.RematchSoon();
        return stream.Version;
    }

    /// <summary>Pauses, reactivates or closes a stream (a closed stream stays closed).</summary>
    public async Task<uint> SetStatusAsync(Guid id, uint version, StreamStatus status, CancellationToken cancellationToken = default)
    {
        var edit = await GetForEditAsync(id, cancellationToken) ?? throw new NotFoundException("Stream", id);
        return await UpdateAsync(edit with { Version = version, Input = edit.Input with { Status = status } }, cancellationToken);
    }

    private async Task<bool> CanEditAsync(IAppDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var zone = await db.Companies.Where(c => c.Id == companyId).Select(c => new { c.ZoneId }).FirstOrDefaultAsync(cancellationToken);
        return zone is not null && AccessPolicy.ForCompany(user, companyId, zone.ZoneId).CanEdit();
    }

    private async Task RequireEditAsync(IAppDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        if (!await CanEditAsync(db, companyId, cancellationToken))
        {
            throw new NotFoundException("Company", companyId);
        }
    }

    private static void Apply(ResourceStream stream, StreamInput input, ErrorCollector errors)
    {
        errors.Try(nameof(StreamInput.EwcCode), () => stream.Describe(stream.Description, input.EwcCode));
        errors.Try(nameof(StreamInput.QualityNotes), () => stream.SetPhysical(input.PhysicalState, input.QualityNotes));
        errors.Try(nameof(StreamInput.AvailableUntil), () => stream.SetAvailability(input.AvailableFrom, input.AvailableUntil));
        errors.Try(nameof(StreamInput.PricePerUnit), () => stream.SetTerms(input.PricePerUnit, input.MaxTransportKm));
        errors.Try(nameof(StreamInput.Status), () => stream.SetStatus(input.Status));
        errors.Try(nameof(StreamInput.Visibility), () => stream.SetVisibility(input.Visibility));
    }

    private static async Task CheckEwcExistsAsync(IAppDbContext db, string? ewc, ErrorCollector errors, CancellationToken cancellationToken)
    {
        // A six-digit code must be an entry of the List of Waste, a need's prefix one of its headings.
        var code = EwcCode.NormalizeScope(ewc);
        var known = code switch
        {
            { Length: 6 } => await db.WasteCodes.AnyAsync(w => w.Code == code, cancellationToken),
            { Length: 2 or 4 } => await db.WasteCategories.AnyAsync(c => c.Code == code, cancellationToken),
            _ => true,
        };
        if (!known)
        {
            errors.Add(new FieldError(nameof(StreamInput.EwcCode), "Stream.EwcUnknown", [EwcCode.Display(code!)]));
        }
    }
}
