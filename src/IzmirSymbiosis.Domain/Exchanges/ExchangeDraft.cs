using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.Exchanges;

/// <summary>
/// The fields of an exchange that may change while it is a draft (<see cref="ExchangeStage.Identified"/>
/// or <see cref="ExchangeStage.Proposed"/>). Everything may be left empty in a draft; proposing and
/// submitting need <see cref="Exchange.MissingForProposal"/> to be empty. Firms and streams are
/// checked against the database by the application before they reach the exchange.
/// </summary>
/// <param name="Title">Short name, e.g. "Cüruf → çimento hammaddesi".</param>
/// <param name="TransporterCompanyId">Optional carrier firm.</param>
/// <param name="ProcessorCompanyId">Optional firm that treats the material in between.</param>
/// <param name="NeedStreamId">The receiver's need, when it registered one.</param>
/// <param name="AgreedQuantity">Agreed amount, unit and period.</param>
/// <param name="Route">Waste recovery, by-product or non-waste.</param>
/// <param name="RecoveryOperation">R1…R13, for a waste recovery route.</param>
/// <param name="TransportMode">How it travels.</param>
/// <param name="DistanceKm">Transport distance in km (0 when none).</param>
/// <param name="PlannedStart">Planned first day.</param>
/// <param name="CommercialTerms">Confidential terms (price, gate fee, duration): parties and experts only.</param>
/// <param name="ByProductAnswers">Answers to the article 19 conditions; conditions not listed stay as they are.</param>
public sealed record ExchangeDraft(
    string Title,
    Guid? TransporterCompanyId = null,
    Guid? ProcessorCompanyId = null,
    Guid? NeedStreamId = null,
    Quantity? AgreedQuantity = null,
    ExchangeRoute? Route = null,
    string? RecoveryOperation = null,
    TransportMode? TransportMode = null,
    int? DistanceKm = null,
    DateOnly? PlannedStart = null,
    string? CommercialTerms = null,
    IReadOnlyList<ByProductAnswer>? ByProductAnswers = null);

/// <summary>Measured figures an expert verifies an implemented exchange with.</summary>
/// <param name="Amount">Delivered amount over the period.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="From">First day of the measured period.</param>
/// <param name="To">Last day of the measured period.</param>
/// <param name="Evidence">What the figure comes from (weighbridge tickets, waste declarations, invoices).</param>
public sealed record VerificationFigures(decimal Amount, QuantityUnit Unit, DateOnly From, DateOnly To, string Evidence);

/// <summary>What a transition carries besides the action.</summary>
/// <param name="Comment">Reason (reject, withdraw) or comment (send back, optional elsewhere).</param>
/// <param name="Date">Start date (start implementation) or first delivery date (report implemented).</param>
/// <param name="Verification">Measured figures (verify).</param>
public sealed record TransitionDetails(string? Comment = null, DateOnly? Date = null, VerificationFigures? Verification = null)
{
    /// <summary>Nothing besides the action.</summary>
    public static TransitionDetails None { get; } = new();
}
