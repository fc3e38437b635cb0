using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Matching.Preparation;

/// <summary>
/// The per-stream numbers the pair scorer reads, in one compact value. The engine keeps them in a
/// flat array indexed by slot, so scoring a candidate touches about 100 contiguous bytes instead of
/// a stream object, its record, its company and their strings (the full re-match is bound by
/// memory latency, not arithmetic). Missing limits are NaN.
/// <para>They are the stream's public facts only (DESIGN.md §7): the quantity's band, the firm's
/// area, no price. Whether a pair is kept and how it ranks therefore depends on nothing another
/// firm may not see, so no sequence of changes to one's own streams can draw a hidden figure out
/// of the matches (the exact figures stay on <see cref="PreparedStream"/> for the full view).</para>
/// </summary>
internal struct HotStream
{
    /// <summary>Middle of the yearly amount's band (<see cref="QuantityBand"/>), base units (0: not stated).</summary>
    public double Annual;

    /// <summary>Latitude of the company's area (<see cref="AreaGrid"/>), radians.</summary>
    public double LatRad;

    /// <summary>Longitude of the company's area, radians.</summary>
    public double LonRad;

    /// <summary>Cosine of the area's latitude.</summary>
    public double CosLat;

    /// <summary>Transport limit, road km; NaN when not stated.</summary>
    public double MaxKm;

    /// <summary>Description feature keys, ascending.</summary>
    public long[] Tokens;

    /// <summary>Interned number of the feature set <see cref="Tokens"/> (equal sets, equal numbers; 0: none).</summary>
    public int TokenSetId;

    /// <summary>Length of <see cref="Tokens"/> (read without touching the array).</summary>
    public int TokenCount;

    /// <summary>
    /// The keys of <see cref="Tokens"/> that are specific words (<see cref="Knowledge.TextAnalyzer.IsSpecificWord"/>
    /// and absent from the reference texts), ascending; all lie in the indexed prefix.
    /// </summary>
    public long[] Specific;

    /// <summary>First day (day number) or <see cref="PreparedStream.OpenStart"/>.</summary>
    public int From;

    /// <summary>Last day (day number) or <see cref="PreparedStream.OpenEnd"/>.</summary>
    public int Until;

    /// <summary>EWC digits as a number; see <see cref="CodeLength"/>.</summary>
    public int CodeInt;

    /// <summary>Interned material group; 0 when none.</summary>
    public int GroupId;

    /// <summary>Material of the <see cref="IzmirSymbiosis.Matching.Knowledge.Materials.MaterialCatalog"/>; 0 when unknown.</summary>
    public int MaterialId;

    /// <summary>Kind and dimension in one number.</summary>
    public int KindDimension;

    /// <summary>Interned company.</summary>
    public int CompanyId;

    /// <summary>Company NACE class id.</summary>
    public int NaceId;

    /// <summary>Company NACE group id.</summary>
    public int NaceGroupId;

    /// <summary>Company NACE division id.</summary>
    public int NaceDivisionId;

    /// <summary>The area's cell key (<see cref="AreaGrid.Key"/>), or <see cref="AreaGrid.NoCell"/> without a location.</summary>
    public int Cell;

    /// <summary>Digits of the EWC code: 0, 2, 4 or 6.</summary>
    public byte CodeLength;

    /// <summary>One-off lot.</summary>
    public bool OneOff;

    /// <summary>Hazardous (flag or starred code).</summary>
    public bool Hazardous;

    /// <summary>The company may receive hazardous waste (holds a valid permit).</summary>
    public bool MayReceiveHazardous;

    /// <summary>The hazardous codes the company's valid permits cover (read only for hazardous offers).</summary>
    public Model.PermitCoverage Permits;

    /// <summary>The company has coordinates.</summary>
    public bool HasLocation;

    /// <summary>Needs: the restricted uses the description names (bits of <see cref="Knowledge.UseRestrictions.Uses"/>).</summary>
    public ulong Uses;

    /// <summary>Offers: the restricted uses the offer is excluded from.</summary>
    public ulong ExcludedUses;

    /// <summary>Offers: the restricted uses that doubt the offer (material value × <see cref="Knowledge.UseRestrictions.SoftFactor"/>).</summary>
    public ulong DoubtedUses;

    /// <summary>Needs: the contents the description rules out (null: none), see <see cref="Knowledge.StatedContent"/>.</summary>
    public Knowledge.ExcludedContent[]? Excludes;

    /// <summary>Needs: the description names reuse, a second life or second-quality goods (<see cref="Knowledge.ProductReuse"/>).</summary>
    public bool ReuseNeed;

    /// <summary>Offers: the description states usable goods and names no damage (<see cref="Knowledge.ProductReuse"/>).</summary>
    public bool UsableGoods;

    /// <summary>The reusable goods the description names (<see cref="Knowledge.ProductReuse.Goods"/>): one bit per kind.</summary>
    public ulong Goods;

    /// <summary>Both ends of the window are open.</summary>
    public readonly bool OpenWindow => From == PreparedStream.OpenStart && Until == PreparedStream.OpenEnd;
}
