using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using IzmirSymbiosis.Matching.Latent;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>The stored explanation of a latent receiver (JSON in <c>matches.breakdown</c>).</summary>
/// <param name="EngineVersion">Engine version.</param>
/// <param name="Score">Class score 0–100.</param>
/// <param name="NaceCode">The receiving NACE class.</param>
/// <param name="TitleEn">Its official title.</param>
/// <param name="Reasons">Why, strongest first, in Turkish and English.</param>
/// <param name="RoadKm">Estimated road km from the offering firm.</param>
/// <param name="AreaRoadKm">Road km between the two firms' areas, for the anonymised distance band.</param>
/// <param name="GiverView">What the offering firm reads while the receiver is anonymous: the division's best score and reasons.</param>
/// <param name="ReceiverView">What the receiving firm reads while the giver is anonymous: the class without the giver's sector.</param>
public sealed record LatentBreakdown(
    [property: JsonPropertyName("engineVersion")] string EngineVersion,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("nace")] string NaceCode,
    [property: JsonPropertyName("titleEn")] string TitleEn,
    [property: JsonPropertyName("reasons")] IReadOnlyList<Reason> Reasons,
    [property: JsonPropertyName("roadKm")] double? RoadKm,
    [property: JsonPropertyName("areaRoadKm")] double? AreaRoadKm = null,
    [property: JsonPropertyName("giverView")] LatentView? GiverView = null,
    [property: JsonPropertyName("receiverView")] LatentView? ReceiverView = null);

/// <summary>A latent receiver as one side reads it while the other is anonymous.</summary>
/// <param name="Score">Score 0–100, rounded to 5.</param>
/// <param name="Reasons">Reasons that name neither the other firm's class nor its sector.</param>
public sealed record LatentView(
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("reasons")] IReadOnlyList<Reason> Reasons);

/// <summary>One JSON setting for the breakdowns: readable Turkish in the database.</summary>
public static class MatchJson
{
    /// <summary>Serializer options.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
