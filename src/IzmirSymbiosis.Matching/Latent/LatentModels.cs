using System.Text.Json.Serialization;

namespace IzmirSymbiosis.Matching.Latent;

/// <summary>A bilingual one-line reason.</summary>
/// <param name="Tr">Turkish.</param>
/// <param name="En">English.</param>
public sealed record Reason(string Tr, string En)
{
    /// <summary>
    /// The same reason for the offering firm while the receiver is anonymous: the receiving class is
    /// named by its division only. Null when the reason names no class.
    /// </summary>
    public Reason? Anonymised { get; init; }

    /// <summary>The text the offering firm sees while the receiver is anonymous.</summary>
    [JsonIgnore]
    public Reason ForAnonymous => Anonymised ?? this;
}

/// <summary>What to find receivers for.</summary>
/// <param name="EwcCodes">Six-digit EWC codes of the offer (may be empty).</param>
/// <param name="Description">Free-text description, Turkish or English.</param>
/// <param name="DonorNace">NACE code of the offering firm, if known.</param>
public sealed record LatentQuery(IReadOnlyList<string> EwcCodes, string? Description = null, string? DonorNace = null);

/// <summary>A registered company in a suggested class.</summary>
/// <param name="CompanyId">Company.</param>
/// <param name="RoadKm">Road km from the offering company, when both locations are known.</param>
/// <param name="AreaRoadKm">Road km between the two firms' areas (what an anonymised view may use).</param>
public sealed record LatentCompany(Guid CompanyId, double? RoadKm, double? AreaRoadKm = null);

/// <summary>A NACE class likely to use the offered material.</summary>
/// <param name="NaceCode">NACE class (<c>23.51</c>).</param>
/// <param name="TitleEn">Official title.</param>
/// <param name="Score">0–100.</param>
/// <param name="Reasons">Why, strongest first.</param>
public sealed record LatentReceiver(string NaceCode, string TitleEn, double Score, IReadOnlyList<Reason> Reasons)
{
    /// <summary>A score as an anonymised view shows it: rounded to 5.</summary>
    public static double ViewScore(double score) => Math.Round(score / 5, MidpointRounding.AwayFromZero) * 5;

    /// <summary>Recovery operation of the best route to this class (<c>R5</c>), or null when no route names it.</summary>
    public string? RCode { get; init; }

    /// <summary>Whether the offered waste is hazardous (a starred code): only a licensed plant may take it.</summary>
    public bool IsHazardous { get; init; }

    /// <summary>Registered companies of the class's division (filled by the engine), nearest first.</summary>
    public IReadOnlyList<LatentCompany> Companies { get; init; } = [];
}
