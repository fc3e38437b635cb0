using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Web;

/// <summary>
/// The map page's background (section <c>Map</c>). Empty <see cref="TileUrl"/> (the default): the
/// offline background shipped in wwwroot/data, so the map needs no internet. With a tile server's
/// URL template the page draws its tiles and the Content-Security-Policy admits its host for images.
/// </summary>
public sealed partial class MapOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Map";

    /// <summary>The error when <see cref="TileUrl"/> is not an http(s) template with {z}, {x} and {y}.</summary>
    public const string InvalidTileUrl = "Map:TileUrl must be empty or an http(s) URL template with {z}, {x} and {y}.";

    /// <summary>A Leaflet tile URL template, e.g. <c>https://tiles.example.org/{z}/{x}/{y}.png</c>; empty for the offline background.</summary>
    public string TileUrl { get; set; } = string.Empty;

    /// <summary>The attribution the tile server requires (shown in the map's corner).</summary>
    public string TileAttribution { get; set; } = string.Empty;

    /// <summary>Whether <see cref="TileUrl"/> is empty or a usable template.</summary>
    public bool IsValid() =>
        string.IsNullOrWhiteSpace(TileUrl) ||
        (TileOrigin() is not null && TileUrl.Contains("{z}", StringComparison.Ordinal) && TileUrl.Contains("{x}", StringComparison.Ordinal) && TileUrl.Contains("{y}", StringComparison.Ordinal));

    /// <summary>
    /// The tile server's origin as a CSP source (<c>{s}</c> subdomains as <c>*</c>), or null when no
    /// tiles are configured or the URL is not http(s).
    /// </summary>
    public string? TileOrigin()
    {
        var match = OriginPattern().Match(TileUrl ?? string.Empty);
        return match.Success ? match.Groups[1].Value.Replace("{s}", "*", StringComparison.Ordinal) : null;
    }

    [GeneratedRegex(@"^(https?://[A-Za-z0-9.\-{}]+(:\d+)?)/", RegexOptions.CultureInvariant)]
    private static partial Regex OriginPattern();
}
