using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Streams;

/// <summary>
/// Something a firm offers (waste, by-product, surplus energy, water, idle capacity) or needs.
/// Invariants: wastes (<see cref="ResourceKind.Material"/> streams) may carry an EWC code, and a
/// material need may instead accept a whole sub-chapter or chapter (<see cref="EwcPrefix"/>); the unit
/// suits the kind; the availability window is ordered; a transport limit is positive.
/// </summary>
public sealed class ResourceStream : Entity
{
    /// <summary>Maximum length of the description.</summary>
    public const int DescriptionMaxLength = 1000;

    /// <summary>Maximum length of the quality notes.</summary>
    public const int QualityNotesMaxLength = 2000;

    /// <summary>Maximum length of <see cref="CreationKey"/>.</summary>
    public const int CreationKeyMaxLength = 100;

    /// <summary>Digits of the stored price in all (the column is <c>numeric(14, 2)</c>).</summary>
    public const int PricePrecision = 14;

    /// <summary>Decimals of the stored price (kuruş).</summary>
    public const int PriceScale = 2;

    /// <summary>Largest price per unit, either sign, that the price column holds.</summary>
    public const decimal MaxPricePerUnit = 999_999_999_999.99m;

    /// <summary>Longest accepted transport distance in km.</summary>
    public const int MaxTransportKmLimit = 5000;

    /// <summary>An open stream not changed for this long is stale: its firm is asked to update it.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(365);

    /// <summary>A stale stream's firm is reminded at most once in this period.</summary>
    public static readonly TimeSpan ReminderInterval = TimeSpan.FromDays(30);

    private ResourceStream()
    {
        Description = string.Empty;
        Quantity = null!;
    }

    /// <summary>Creates a stream in <see cref="StreamStatus.Draft"/>.</summary>
    public ResourceStream(Guid companyId, StreamDirection direction, ResourceKind kind, string description, Quantity quantity)
        : this()
    {
        CompanyId = companyId;
        Direction = Guard.Defined(direction, nameof(Direction));
        Kind = Guard.Defined(kind, nameof(Kind));
        Describe(description, null);
        SetQuantity(quantity);
        Status = StreamStatus.Draft;
        PhysicalState = kind == ResourceKind.Material ? PhysicalState.Solid : PhysicalState.NotApplicable;
    }

    /// <summary>Owning company.</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>Offer or need.</summary>
    public StreamDirection Direction { get; private set; }

    /// <summary>Kind of resource.</summary>
    public ResourceKind Kind { get; private set; }

    /// <summary>Six-digit EWC code without spaces, for wastes.</summary>
    public string? EwcCode { get; private set; }

    /// <summary>
    /// For a need that accepts any waste under an EWC sub-chapter (4 digits, e.g. a cement plant
    /// taking any <c>10 01</c> ash) or chapter (2 digits): that prefix. Null otherwise; never set
    /// together with <see cref="EwcCode"/>.
    /// </summary>
    public string? EwcPrefix { get; private set; }

    /// <summary>What the stream names of the List of Waste: its six-digit code or the prefix a need accepts.</summary>
    public string? EwcScope => EwcCode ?? EwcPrefix;

    /// <summary>Free-text material description.</summary>
    public string Description { get; private set; }

    /// <summary>Quality notes (composition, contamination, moisture…).</summary>
    public string? QualityNotes { get; private set; }

    /// <summary>Quantity with unit and period.</summary>
    public Quantity Quantity { get; private set; }

    /// <summary>Physical state.</summary>
    public PhysicalState PhysicalState { get; private set; }

    /// <summary>First day available (offer) or needed (need).</summary>
    public DateOnly? AvailableFrom { get; private set; }

    /// <summary>Last day available or needed.</summary>
    public DateOnly? AvailableUntil { get; private set; }

    /// <summary>Price expectation in TRY per unit; negative means the giver pays a gate fee.</summary>
    public decimal? PricePerUnit { get; private set; }

    /// <summary>Furthest the party will move the material, km.</summary>
    public int? MaxTransportKm { get; private set; }

    /// <summary>Status.</summary>
    public StreamStatus Status { get; private set; }

    /// <summary>Visibility to other firms.</summary>
    public StreamVisibility Visibility { get; private set; }

    /// <summary>
    /// The idempotency key the creating request carried (null: none). A retry with the same key finds
    /// this stream instead of creating a second one; unique per company.
    /// </summary>
    public string? CreationKey { get; private set; }

    /// <summary>Normalised description and code for search.</summary>
    public string SearchKey { get; private set; } = string.Empty;

    /// <summary>
    /// When the firm was last asked to update this stream (UTC), null if never. Recording a reminder
    /// is not a change of the stream: <see cref="Entity.UpdatedAt"/> stays as it was.
    /// </summary>
    public DateTimeOffset? LastRemindedAt { get; private set; }

    /// <summary>Records the idempotency key of the request that creates the stream (once, before it is first saved).</summary>
    public void RecordCreationKey(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > CreationKeyMaxLength)
        {
            throw new DomainException("Stream.IdempotencyKeyInvalid", "IdempotencyKey", CreationKeyMaxLength);
        }

        if (CreationKey is not null)
        {
            throw new InvalidOperationException("The creation key is set once.");
        }

        CreationKey = key;
    }

    /// <summary>Whether a reminder may be sent at <paramref name="now"/> (none in the last <see cref="ReminderInterval"/>).</summary>
    public static bool MayRemind(DateTimeOffset? lastRemindedAt, DateTimeOffset now) =>
        lastRemindedAt is not { } last || now - last >= ReminderInterval;

    /// <summary>
    /// Sets the description and EWC code; a code is only valid on material streams. An offer names
    /// a six-digit code; a need may also name a sub-chapter (<c>10 01</c>) or chapter (<c>10</c>),
    /// stored as <see cref="EwcPrefix"/>.
    /// </summary>
    public void Describe(string description, string? ewcCode)
    {
        var d = description?.Trim() ?? string.Empty;
        if (d.Length == 0)
        {
            throw new DomainException("Stream.DescriptionRequired", nameof(Description));
        }

        if (d.Length > DescriptionMaxLength)
        {
            throw new DomainException("Stream.DescriptionTooLong", nameof(Description), DescriptionMaxLength);
        }

        Guard.PlainText(d, nameof(Description), multiLine: true);

        string? scope = null;
        if (!string.IsNullOrWhiteSpace(ewcCode))
        {
            scope = Direction == StreamDirection.Need
                ? Streams.EwcCode.NormalizeScope(ewcCode) ?? throw new DomainException("Stream.EwcNeedFormat", nameof(EwcCode))
                : Streams.EwcCode.Normalize(ewcCode) ?? throw new DomainException("Stream.EwcFormat", nameof(EwcCode));
            if (Kind != ResourceKind.Material)
            {
                throw new DomainException("Stream.EwcOnlyForMaterial", nameof(EwcCode));
            }
        }

        Description = d;
        EwcCode = scope is { Length: 6 } ? scope : null;
        EwcPrefix = scope is { Length: < 6 } ? scope : null;
        SearchKey = TurkishText.SearchKey($"{d} {scope}");
        Touch();
    }

    /// <summary>Sets the quantity; the unit must suit the kind.</summary>
    public void SetQuantity(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        if (!Quantity.IsAllowedFor(Kind, quantity.Unit))
        {
            throw new DomainException("Quantity.UnitNotForKind", nameof(Quantity.Unit));
        }

        Quantity = quantity;
        Touch();
    }

    /// <summary>Sets physical state and quality notes.</summary>
    public void SetPhysical(PhysicalState state, string? qualityNotes)
    {
        var notes = string.IsNullOrWhiteSpace(qualityNotes) ? null : qualityNotes.Trim();
        if (notes is { Length: > QualityNotesMaxLength })
        {
            throw new DomainException("Stream.NotesTooLong", nameof(QualityNotes), QualityNotesMaxLength);
        }

        Guard.PlainText(notes, nameof(QualityNotes), multiLine: true);
        PhysicalState = Guard.Defined(state, nameof(PhysicalState));
        QualityNotes = notes;
        Touch();
    }

    /// <summary>Sets the availability window; either end may be open.</summary>
    public void SetAvailability(DateOnly? from, DateOnly? until)
    {
        if (from is { } f && until is { } u && u < f)
        {
            throw new DomainException("Stream.WindowOrder", nameof(AvailableUntil));
        }

        AvailableFrom = from;
        AvailableUntil = until;
        Touch();
    }

    /// <summary>
    /// Sets the commercial terms: a price that fits its column (at most
    /// <see cref="MaxPricePerUnit"/> either way, two decimals) and a transport limit of
    /// 1–<see cref="MaxTransportKmLimit"/> km.
    /// </summary>
    public void SetTerms(decimal? pricePerUnit, int? maxTransportKm)
    {
        if (pricePerUnit is { } price && Math.Abs(price) > MaxPricePerUnit)
        {
            throw new DomainException("Stream.PriceRange", nameof(PricePerUnit), MaxPricePerUnit);
        }

        if (pricePerUnit is { } p && decimal.Round(p, PriceScale) != p)
        {
            throw new DomainException("Stream.PricePrecision", nameof(PricePerUnit));
        }

        if (maxTransportKm is <= 0 or > MaxTransportKmLimit)
        {
            throw new DomainException("Stream.MaxDistanceRange", nameof(MaxTransportKm));
        }

        PricePerUnit = pricePerUnit;
        MaxTransportKm = maxTransportKm;
        Touch();
    }

    /// <summary>Changes the status; a closed stream stays closed.</summary>
    public void SetStatus(StreamStatus status)
    {
        Guard.Defined(status, nameof(Status));
        if (Status == StreamStatus.Closed && status != StreamStatus.Closed)
        {
            throw new DomainException("Stream.ClosedIsFinal", nameof(Status));
        }

        Status = status;
        Touch();
    }

    /// <summary>Sets visibility.</summary>
    public void SetVisibility(StreamVisibility visibility)
    {
        Visibility = Guard.Defined(visibility, nameof(Visibility));
        Touch();
    }
}
