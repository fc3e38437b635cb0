namespace IzmirSymbiosis.Domain.Reference;

/// <summary>
/// A documented industrial-symbiosis exchange (donor sector → receiver sector) from the synergy
/// library (MAESTRI Exchanges database, EU H2020 grant 680570).
/// </summary>
public sealed class KnownExchange
{
    /// <summary>Library identifier, e.g. <c>2,16,1</c>.</summary>
    public required string ExchangeId { get; init; }

    /// <summary>Case (industrial park) identifier.</summary>
    public required string CaseId { get; init; }

    /// <summary>Donor business description.</summary>
    public string? DonorBusiness { get; init; }

    /// <summary>Donor NACE code (dotted; class or coarser).</summary>
    public string? DonorNace { get; init; }

    /// <summary>Receiver business description.</summary>
    public string? ReceiverBusiness { get; init; }

    /// <summary>Receiver NACE code (dotted; class or coarser).</summary>
    public string? ReceiverNace { get; init; }

    /// <summary>Material exchanged, as described.</summary>
    public required string MaterialDescription { get; init; }

    /// <summary>Valid six-digit EWC codes, space separated.</summary>
    public string EwcCodes { get; init; } = string.Empty;

    /// <summary>Treatment before use.</summary>
    public string? Treatment { get; init; }

    /// <summary>Final use at the receiver.</summary>
    public string? FinalUse { get; init; }

    /// <summary>Implemented, feasibility study, …</summary>
    public string? Status { get; init; }
}
