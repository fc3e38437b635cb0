using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Application.Map;

/// <summary>What the map shows: the match browser's filter for the match lines, and which lines at all.</summary>
/// <param name="Filter">The match browser's filter (<see cref="MatchFilter"/>), applied to the match lines.</param>
/// <param name="ShowMatches">Draw matches as lines.</param>
/// <param name="ShowExchanges">Draw exchanges as lines.</param>
/// <param name="MaxLines">Most lines of each sort (the best matches, the latest exchanges); 1…<see cref="MapQuery.LineLimit"/>.</param>
public sealed record MapQuery(MatchFilter Filter, bool ShowMatches = true, bool ShowExchanges = true, int MaxLines = MapQuery.DefaultLines)
{
    /// <summary>Lines of each sort drawn unless asked otherwise.</summary>
    public const int DefaultLines = 100;

    /// <summary>Most lines of each sort one map may ask for (a page of the match browser at most).</summary>
    public const int LineLimit = Common.Models.PageRequest.MaxPageSize;

    /// <summary>Throws <see cref="ValidationFailedException"/> for a line count out of bounds or a filter no match could have.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Filter);
        Filter.Validate();
        if (MaxLines is < 1 or > LineLimit)
        {
            throw new ValidationFailedException([new FieldError(nameof(MaxLines), "Map.MaxLinesRange", [LineLimit])]);
        }
    }
}

/// <summary>The map of one reader: what they read in full at its place, everything else only by area.</summary>
/// <param name="Firms">The firms the reader reads in full and that have a location.</param>
/// <param name="Areas">The other firms with an active stream (what the markets show), counted per area, without names or ids.</param>
/// <param name="Zones">The OIZs and free zones with a reference point (public reference data).</param>
/// <param name="Matches">The best matches of the filter, as lines.</param>
/// <param name="MatchTotal">How many matches the filter has (the lines are the first <see cref="MapQuery.MaxLines"/>).</param>
/// <param name="Exchanges">The latest exchanges the reader may see, as lines.</param>
/// <param name="ExchangeTotal">How many exchanges the reader may see.</param>
/// <param name="FirmsWithoutLocation">Firms the reader reads in full that have no location yet (not on the map).</param>
public sealed record MapData(
    IReadOnlyList<MapFirm> Firms,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<MapZone> Zones,
    IReadOnlyList<MapLine> Matches,
    int MatchTotal,
    IReadOnlyList<MapLine> Exchanges,
    int ExchangeTotal,
    int FirmsWithoutLocation)
{
    /// <summary>Nothing to show (a user who may not see firm data).</summary>
    public static MapData Empty { get; } = new([], [], [], [], 0, [], 0, 0);
}

/// <summary>A firm the reader reads in full, at its own point.</summary>
/// <param name="Id">The company.</param>
/// <param name="Name">Legal name.</param>
/// <param name="District">District.</param>
/// <param name="Latitude">Latitude, degrees.</param>
/// <param name="Longitude">Longitude, degrees.</param>
/// <param name="Kinds">The kinds of its open streams, the most frequent first (empty: none).</param>
/// <param name="Offers">Open offers.</param>
/// <param name="Needs">Open needs.</param>
public sealed record MapFirm(Guid Id, string Name, string District, double Latitude, double Longitude, IReadOnlyList<ResourceKind> Kinds, int Offers, int Needs);

/// <summary>
/// Firms the reader sees anonymised, together at the centre of their area (<see cref="Matching.Preparation.FirmArea"/>):
/// how many, their districts and the kinds of their active streams, nothing that tells one firm.
/// </summary>
/// <param name="Latitude">The area's centre, degrees.</param>
/// <param name="Longitude">The area's centre, degrees.</param>
/// <param name="Firms">How many firms.</param>
/// <param name="Districts">Their districts, in Turkish order.</param>
/// <param name="Kinds">The kinds of their active streams, the most frequent first.</param>
public sealed record MapArea(double Latitude, double Longitude, int Firms, IReadOnlyList<string> Districts, IReadOnlyList<ResourceKind> Kinds);

/// <summary>An OIZ or free zone at its reference point.</summary>
/// <param name="Id">Zone id.</param>
/// <param name="ShortName">Short name (e.g. İAOSB).</param>
/// <param name="Name">Turkish name.</param>
/// <param name="District">District.</param>
/// <param name="Latitude">Latitude, degrees.</param>
/// <param name="Longitude">Longitude, degrees.</param>
public sealed record MapZone(int Id, string ShortName, string Name, string District, double Latitude, double Longitude);

/// <summary>
/// A match or an exchange between two points: a firm's own point when the reader reads it in full,
/// else the centre of its area. No id or name of a firm the reader does not read in full.
/// </summary>
/// <param name="Id">The match or exchange.</param>
/// <param name="FromLatitude">Giver's (donor's) point.</param>
/// <param name="FromLongitude">Giver's (donor's) point.</param>
/// <param name="ToLatitude">Receiver's point.</param>
/// <param name="ToLongitude">Receiver's point.</param>
/// <param name="Label">The offer's material (a match) or the exchange's title.</param>
/// <param name="Score">The score the reader sees (matches).</param>
/// <param name="Stage">The stage (exchanges).</param>
/// <param name="Anonymised">One end is an area, not a firm's point.</param>
public sealed record MapLine(
    Guid Id,
    double FromLatitude,
    double FromLongitude,
    double ToLatitude,
    double ToLongitude,
    string Label,
    double? Score,
    ExchangeStage? Stage,
    bool Anonymised);
