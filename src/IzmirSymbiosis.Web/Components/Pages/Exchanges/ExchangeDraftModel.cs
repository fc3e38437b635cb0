using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Web.Components.Pages.Exchanges;

/// <summary>A firm in a picker.</summary>
public sealed record CompanyOption(Guid Id, string Name)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The editable draft fields of an exchange as the form binds them.</summary>
public sealed class ExchangeDraftModel
{
    public string? Title { get; set; }

    public CompanyOption? Transporter { get; set; }

    public CompanyOption? Processor { get; set; }

    public Guid? NeedStreamId { get; set; }

    public decimal? AgreedAmount { get; set; }

    public QuantityUnit? AgreedUnit { get; set; }

    public QuantityPeriod? AgreedPeriod { get; set; }

    public ExchangeRoute? Route { get; set; }

    public string? RecoveryOperation { get; set; }

    public TransportMode? TransportMode { get; set; }

    public int? DistanceKm { get; set; }

    public DateTime? PlannedStart { get; set; }

    public string? CommercialTerms { get; set; }

    /// <summary>The draft of a stored exchange, as the user sees it now.</summary>
    public static ExchangeDraftModel From(ExchangeDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return new()
        {
            Title = detail.Title,
            Transporter = Party(detail, PartyRole.Transporter),
            Processor = Party(detail, PartyRole.Processor),
            NeedStreamId = detail.Need?.Id,
            AgreedAmount = detail.AgreedAmount,
            AgreedUnit = detail.AgreedUnit,
            AgreedPeriod = detail.AgreedPeriod,
            Route = detail.Route,
            RecoveryOperation = detail.RecoveryOperation,
            TransportMode = detail.TransportMode,
            DistanceKm = detail.DistanceKm,
            PlannedStart = detail.PlannedStart?.ToDateTime(TimeOnly.MinValue),
            CommercialTerms = detail.CommercialTerms,
        };
    }

    /// <summary>The input the service takes; <paramref name="answers"/> null leaves the by-product answers as they are.</summary>
    public ExchangeInput ToInput(IReadOnlyList<ByProductAnswerInput>? answers = null) => new()
    {
        Title = Title,
        TransporterCompanyId = Transporter?.Id,
        ProcessorCompanyId = Processor?.Id,
        NeedStreamId = NeedStreamId,
        AgreedAmount = AgreedAmount,
        AgreedUnit = AgreedUnit,
        AgreedPeriod = AgreedPeriod,
        Route = Route,
        RecoveryOperation = Route == ExchangeRoute.WasteRecovery ? RecoveryOperation : null,
        TransportMode = TransportMode,
        DistanceKm = DistanceKm,
        PlannedStart = PlannedStart is { } d ? DateOnly.FromDateTime(d) : null,
        CommercialTerms = CommercialTerms,
        ByProductAnswers = answers,
    };

    private static CompanyOption? Party(ExchangeDetail detail, PartyRole role) =>
        detail.Parties.FirstOrDefault(p => p.Role == role) is { } p ? new CompanyOption(p.CompanyId, p.Name ?? string.Empty) : null;
}
