using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Matching.Preparation;

/// <summary>
/// The figures of one stream that every match of it repeats: a re-match builds one per stream and
/// its matches share it, instead of each of the million records carrying its own copy.
/// </summary>
/// <param name="StreamId">The stream.</param>
/// <param name="CompanyId">Its company.</param>
/// <param name="EwcCode">Its EWC code (or, for a need, prefix), if any.</param>
/// <param name="Material">Its material key, or null when unknown.</param>
/// <param name="Annual">Its amount, base units per year.</param>
/// <param name="BaseUnit">Base unit symbol (offers: the pair's unit).</param>
/// <param name="Dimension">What the amount counts (offers: the pair's dimension).</param>
/// <param name="Co2eSavingKgPerTonne">Offers: gross CO2e saving, kg/t.</param>
/// <param name="Co2eSourceTr">Offers: source of the saving, Turkish.</param>
/// <param name="Co2eSourceEn">Offers: source of the saving, English.</param>
internal sealed record MatchSide(
    Guid StreamId, Guid CompanyId, string? EwcCode, string? Material, double Annual,
    string BaseUnit = "t", Dimension Dimension = Dimension.Mass, double Co2eSavingKgPerTonne = 0, string Co2eSourceTr = "", string Co2eSourceEn = "")
{
    /// <summary>No stream: what a record built property by property starts from.</summary>
    public static readonly MatchSide Empty = new(Guid.Empty, Guid.Empty, null, null, 0);
}
