namespace IzmirSymbiosis.Domain.Zones;

/// <summary>An organised industrial zone (OSB) or free zone in İzmir.</summary>
public sealed class OrganizedIndustrialZone
{
    /// <summary>Identifier (stable, from the reference list order).</summary>
    public int Id { get; set; }

    /// <summary>Turkish name.</summary>
    public required string NameTr { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>Short name, e.g. İAOSB.</summary>
    public required string ShortName { get; set; }

    /// <summary>Zone type as published, e.g. "OSB (karma)", "serbest bölge".</summary>
    public required string ZoneType { get; set; }

    /// <summary>District.</summary>
    public required string District { get; set; }

    /// <summary>operating / unverified / planned.</summary>
    public required string Status { get; set; }

    /// <summary>Latitude of the district centre (a fallback, not the zone site).</summary>
    public double? Latitude { get; set; }

    /// <summary>Longitude of the district centre.</summary>
    public double? Longitude { get; set; }

    /// <summary>Source pages.</summary>
    public string? Source { get; set; }
}
