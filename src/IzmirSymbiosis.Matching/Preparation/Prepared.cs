using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Model;

namespace IzmirSymbiosis.Matching.Preparation;

/// <summary>A company with precomputed NACE levels and trigonometry.</summary>
internal sealed class PreparedCompany
{
    public PreparedCompany(MatchCompany company, Func<string, int> naceId, int companyId)
    {
        Source = company;
        CompanyId = companyId;
        Nace = company.NaceCode;
        Group = NaceCodeFormat.GroupOf(company.NaceCode);
        Division = NaceCodeFormat.DivisionOf(company.NaceCode);
        NaceId = naceId(Nace);
        GroupId = naceId(Group);
        DivisionId = naceId(Division);
        if (company.Location is { } p)
        {
            HasLocation = true;
            LatRad = p.Latitude * Math.PI / 180.0;
            LonRad = p.Longitude * Math.PI / 180.0;
            CosLat = Math.Cos(LatRad);
            AreaLatRad = AreaGrid.CentreRad(p.Latitude);
            AreaLonRad = AreaGrid.CentreRad(p.Longitude);
            AreaCosLat = Math.Cos(AreaLatRad);
            AreaCell = AreaGrid.Key(AreaGrid.Index(p.Latitude), AreaGrid.Index(p.Longitude));
        }
    }

    public MatchCompany Source { get; }

    /// <summary>Interned number of the company id (stable across updates of the company).</summary>
    public int CompanyId { get; }

    public string Nace { get; }

    public string Group { get; }

    public string Division { get; }

    public int NaceId { get; }

    public int GroupId { get; }

    public int DivisionId { get; }

    public bool HasLocation { get; }

    public double LatRad { get; }

    public double LonRad { get; }

    public double CosLat { get; }

    /// <summary>Latitude of the company's area (<see cref="AreaGrid"/>), radians: what scoring uses.</summary>
    public double AreaLatRad { get; }

    /// <summary>Longitude of the company's area, radians.</summary>
    public double AreaLonRad { get; }

    /// <summary>Cosine of the area's latitude.</summary>
    public double AreaCosLat { get; }

    /// <summary>The area's cell key (<see cref="AreaGrid.Key"/>), or <see cref="AreaGrid.NoCell"/>.</summary>
    public int AreaCell { get; } = AreaGrid.NoCell;

    /// <summary>Great-circle km (haversine, same formula and radius as <see cref="Domain.Common.GeoPoint.DistanceKmTo"/>).</summary>
    public double GreatCircleKm(PreparedCompany other) => GreatCircleKm(LatRad, LonRad, CosLat, other.LatRad, other.LonRad, other.CosLat);

    /// <summary>Great-circle km from radians and cosines of latitude (one formula for every caller, so scores agree bit for bit).</summary>
    public static double GreatCircleKm(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        var dLat = lat2 - lat1;
        var dLon = lon2 - lon1;
        var sLat = Math.Sin(dLat / 2);
        var sLon = Math.Sin(dLon / 2);
        var a = (sLat * sLat) + (cosLat1 * cosLat2 * sLon * sLon);
        return 2 * Domain.Common.GeoPoint.EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// A lower bound of <see cref="GreatCircleKm(double, double, double, double, double, double)"/>
    /// without trigonometry, for the scorer's early tests: sin y ≥ max(0, y − y³/6) for y in [0, π]
    /// and asin x ≥ x, less a relative 1e-9 so rounding never lifts it over the exact value.
    /// </summary>
    public static double GreatCircleKmLowerBound(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        var yLat = Math.Abs(lat2 - lat1) / 2;
        var yLon = Math.Abs(lon2 - lon1) / 2;
        var sLat = Math.Max(0, yLat - (yLat * yLat * yLat / 6));
        var sLon = Math.Max(0, yLon - (yLon * yLon * yLon / 6));
        var a = (sLat * sLat) + (cosLat1 * cosLat2 * sLon * sLon);
        return 2 * Domain.Common.GeoPoint.EarthRadiusKm * Math.Sqrt(a) * (1 - 1e-9);
    }
}

/// <summary>A stream with everything the scorer and the indexes need, computed once.</summary>
internal sealed class PreparedStream
{
    public const int OpenStart = int.MinValue / 4;
    public const int OpenEnd = int.MaxValue / 4;

    public required MatchStream Source { get; init; }

    public required PreparedCompany Company { get; init; }

    public int Slot { get; set; }

    public bool IsOffer => Source.Direction == StreamDirection.Offer;

    /// <summary>EWC digits: six for a code; a need may hold four (sub-chapter) or two (chapter).</summary>
    public string? Code { get; init; }

    public string? SubChapter => Code is { Length: >= 4 } ? Code[..4] : null;

    public string? Chapter => Code is { Length: >= 2 } ? Code[..2] : null;

    public string? MaterialGroup { get; init; }

    /// <summary>Material of the <see cref="MaterialCatalog"/> (0: unknown).</summary>
    public int MaterialId { get; init; }

    /// <summary>Feature keys sorted ascending (rarest first).</summary>
    public required long[] Tokens { get; init; }

    /// <summary>How many leading tokens are indexed (prefix filtering for the Jaccard threshold).</summary>
    public int PrefixLength { get; init; }

    public Dimension Dimension { get; init; }

    public double Annual { get; init; }

    public bool OneOff { get; init; }

    public int From { get; init; }

    public int Until { get; init; }

    public bool OpenWindow => From == OpenStart && Until == OpenEnd;

    public bool Hazardous { get; init; }

    /// <summary>Offers: library receiver codes with their evidence strength before the NACE-level factor.</summary>
    public required KeyValuePair<string, double>[] Evidence { get; init; }

    /// <summary>The features of the specific words, in the order of <see cref="HotStream.Specific"/>.</summary>
    public string[] SpecificWords { get; init; } = [];

    /// <summary>
    /// Offers: for each of <see cref="SpecificWords"/>, the description word that gives it and its
    /// position (−1: none); null until the scorer first names a shared word of this offer, which then keeps it here.
    /// </summary>
    public (int Position, string? Word)[]? SpecificSources { get; set; }

    /// <summary>The stream's figures its match records share; null until the scorer builds its first record.</summary>
    public MatchSide? Side { get; set; }

    /// <summary>Offers: the use restrictions the offer falls under (<see cref="UseRestrictions"/>).</summary>
    public UseRestriction[] Restrictions { get; init; } = [];

    /// <summary>Interned ids of the <see cref="Evidence"/> codes, same order.</summary>
    public required int[] EvidenceIds { get; init; }

    /// <summary>
    /// Offers: the library part of each <see cref="Evidence"/> entry (before the NACE-level factor);
    /// the entry's value is the larger of it and the strongest route's.
    /// </summary>
    public required double[] LibraryValues { get; init; }

    /// <summary>Offers: the recovery routes of the code into each <see cref="Evidence"/> division (same order; empty when none).</summary>
    public required RouteEvidence[][] Routes { get; init; }

    public Co2eSaving? Co2e { get; init; }

    /// <summary>The numbers the pair scorer reads, copied into one compact value (see <see cref="HotStream"/>).</summary>
    public required HotStream Hot { get; init; }

    /// <summary>Evidence strengths, same order as <see cref="EvidenceIds"/>.</summary>
    public required double[] EvidenceValues { get; init; }

    /// <summary>Largest of <see cref="EvidenceValues"/> (0 when none).</summary>
    public double EvidenceMax { get; init; }

    /// <summary>Offers: CO2e saving used by the environment factor, kg/t.</summary>
    public double SavingKgPerTonne { get; init; }

    /// <summary>
    /// Offers: the words of the description, for the contents a need rules out (<see cref="Knowledge.StatedContent"/>);
    /// read when a need that rules one out first meets the offer (a race reads them twice, equally).
    /// </summary>
    public OfferWord[] ContentWords => _contentWords ??= StatedContent.OfferWords(Source.Description);

    private OfferWord[]? _contentWords;

    /// <summary>Price in TRY per base unit, if stated.</summary>
    public double? PricePerBase { get; init; }

    public double? MaxKm { get; init; }
}

/// <summary>Builds prepared streams; owns the feature order used by prefix filtering.</summary>
internal sealed class StreamPreparer(MatchingKnowledge knowledge, MatchingOptions options)
{
    private readonly Dictionary<string, long> _tokenKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _groupCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _materialCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _naceIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groupIds = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _companyIds = [];
    private readonly Dictionary<string, Dictionary<string, RouteEvidence[]>> _routeCache = new(StringComparer.Ordinal);
    private readonly Dictionary<long[], int> _tokenSets = new(TokenSetComparer.Instance);
    private readonly Lock _lock = new();

    public MatchingKnowledge Knowledge { get; } = knowledge;

    public MatchingOptions Options { get; } = options;

    /// <summary>Interned id of a NACE code of any level (ids compare faster than strings).</summary>
    public int NaceId(string code)
    {
        lock (_lock)
        {
            if (!_naceIds.TryGetValue(code, out var id))
            {
                _naceIds[code] = id = _naceIds.Count + 1;
            }

            return id;
        }
    }

    /// <summary>Interned number of a company id.</summary>
    public int CompanyId(Guid id)
    {
        lock (_lock)
        {
            if (!_companyIds.TryGetValue(id, out var n))
            {
                _companyIds[id] = n = _companyIds.Count + 1;
            }

            return n;
        }
    }

    public PreparedStream Prepare(MatchStream s, PreparedCompany company)
    {
        var code = NormalizeCode(s.EwcCode, s.Direction);
        var waste = code is { Length: 6 } ? Knowledge.WasteCode(code) : null;
        var features = TextAnalyzer.Features(s.Description);
        long[] tokens;
        long[] specific;
        string[] specificWords;
        int tokenSetId;
        string? group;
        lock (_lock)
        {
            tokens = [.. features.Select(Key).Order()];
            specificWords = [.. features.Where(f => TextAnalyzer.IsSpecificWord(f) && Knowledge.DocumentFrequency(f) == 0).OrderBy(Key)];
            specific = [.. specificWords.Select(Key)];
            if (tokens.Length == 0)
            {
                tokenSetId = 0;
            }
            else if (!_tokenSets.TryGetValue(tokens, out tokenSetId))
            {
                _tokenSets[tokens] = tokenSetId = _tokenSets.Count + 1;
            }
            var groupKey = $"{code}|{s.Description}";
            if (!_groupCache.TryGetValue(groupKey, out group))
            {
                group = Knowledge.MaterialGroupOf(code, s.Description);
                if (_groupCache.Count < 200_000)
                {
                    _groupCache[groupKey] = group;
                }
            }
        }

        var materialId = MaterialOf(code, s.Description, company.Nace, s.Direction);

        // Library evidence per receiving NACE division (the library's weights of the division's
        // codes summed) and the recovery routes of the code per division: both meet a need's firm
        // by its division only, so a giver that tries codes learns no more than the division (as a
        // latent row would show it), not the firm's class.
        var hazardous = s.IsHazardous || (waste?.IsHazardous ?? false);
        var offerCode = s.Direction == StreamDirection.Offer && code is { Length: 6 } ? code : null;
        var library = offerCode is null
            ? []
            : Knowledge.ReceiverEvidence(offerCode)
                .GroupBy(p => p.Key[..2], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => 0.75 * (1 - Math.Exp(-g.Sum(p => p.Value))), StringComparer.Ordinal);
        var routes = offerCode is null ? [] : RoutesOf(offerCode, hazardous);
        var divisions = library.Keys.Union(routes.Keys).Order(StringComparer.Ordinal).ToArray();
        var routeWeight = Options.RouteEvidenceWeight;
        var evidence = divisions
            .Select(d => new KeyValuePair<string, double>(d, Math.Max(
                library.GetValueOrDefault(d),
                routes.TryGetValue(d, out var rs) ? rs.Max(r => r.WithUse) * routeWeight : 0)))
            .Where(e => e.Value > 0)
            .ToArray();
        UseRestriction[] restrictions = s.Direction == StreamDirection.Offer ? [.. UseRestrictions.Of(code, waste?.DescriptionEn, hazardous, s.Description, materialId == 0 ? null : MaterialCatalog.Default.Get(materialId).Key)] : [];
        var (excluded, doubted) = UseRestrictions.Masks(restrictions);
        var dimension = Domain.Streams.Quantity.DimensionOf(s.Unit);
        int groupId;
        lock (_lock)
        {
            groupId = group is null ? 0 : GroupId(group);
        }

        var co2e = s.Direction == StreamDirection.Offer ? Knowledge.Co2eSavingPerTonne(code, group, Options.FallbackCo2eSavingKgPerTonne) : null;
        var evidenceValues = evidence.Select(e => e.Value).ToArray();
        return new PreparedStream
        {
            Source = s,
            Company = company,
            Code = code,
            MaterialGroup = group,
            MaterialId = materialId,
            Tokens = tokens,
            // The indexed prefix also holds every specific word, so blocking finds the pairs that share one.
            PrefixLength = specific.Length == 0
                ? PrefixLength(tokens.Length, Options.MinTextSimilarity)
                : Math.Max(PrefixLength(tokens.Length, Options.MinTextSimilarity), Array.IndexOf(tokens, specific[^1]) + 1),
            Dimension = dimension,
            Annual = s.AnnualBaseAmount,
            OneOff = s.Period == QuantityPeriod.OneOff,
            From = s.AvailableFrom?.DayNumber ?? PreparedStream.OpenStart,
            Until = s.AvailableUntil?.DayNumber ?? PreparedStream.OpenEnd,
            Hazardous = hazardous,
            Evidence = evidence,
            Restrictions = restrictions,
            SpecificWords = specificWords,
            EvidenceIds = [.. evidence.Select(e => NaceId(e.Key))],
            LibraryValues = [.. evidence.Select(e => library.GetValueOrDefault(e.Key))],
            Routes = [.. evidence.Select(e => routes.GetValueOrDefault(e.Key) ?? [])],
            Co2e = co2e,
            EvidenceValues = evidenceValues,
            EvidenceMax = evidenceValues.Length == 0 ? 0 : evidenceValues.Max(),
            Hot = new HotStream
            {
                Annual = s.AnnualBaseAmount > 0 ? QuantityBand.OfAnnual(s.AnnualBaseAmount, dimension).Middle : 0,
                LatRad = company.AreaLatRad,
                LonRad = company.AreaLonRad,
                CosLat = company.AreaCosLat,
                Cell = company.AreaCell,
                MaxKm = s.MaxTransportKm ?? double.NaN,
                Tokens = tokens,
                TokenCount = tokens.Length,
                TokenSetId = tokenSetId,
                Specific = specific,
                From = s.AvailableFrom?.DayNumber ?? PreparedStream.OpenStart,
                Until = s.AvailableUntil?.DayNumber ?? PreparedStream.OpenEnd,
                CodeInt = code is null ? 0 : int.Parse(code, System.Globalization.CultureInfo.InvariantCulture),
                GroupId = groupId,
                MaterialId = materialId,
                KindDimension = ((int)s.Kind * 64) + (int)dimension,
                CompanyId = company.CompanyId,
                NaceId = company.NaceId,
                NaceGroupId = company.GroupId,
                NaceDivisionId = company.DivisionId,
                CodeLength = (byte)(code?.Length ?? 0),
                OneOff = s.Period == QuantityPeriod.OneOff,
                Hazardous = hazardous,
                MayReceiveHazardous = company.Source.MayReceiveHazardous,
                Permits = company.Source.Permits,
                HasLocation = company.HasLocation,
                Uses = s.Direction == StreamDirection.Need ? UseRestrictions.NeedUses(s.Description, company.Nace, materialId == 0 ? null : MaterialCatalog.Default.Get(materialId).Key) : 0,
                ExcludedUses = excluded,
                DoubtedUses = doubted,
                Excludes = s.Direction == StreamDirection.Need && StatedContent.Excluded(s.Description) is { Length: > 0 } excludes ? excludes : null,
                ReuseNeed = s.Direction == StreamDirection.Need && ProductReuse.IsReuseNeed(s.Description),
                UsableGoods = s.Direction == StreamDirection.Offer && ProductReuse.IsUsableOffer(s.Description),
                Goods = (s.Direction == StreamDirection.Need ? ProductReuse.IsReuseNeed(s.Description) : ProductReuse.IsUsableOffer(s.Description)) ? ProductReuse.Goods(s.Description) : 0,
            },
            SavingKgPerTonne = co2e?.KgPerTonne ?? Options.FallbackCo2eSavingKgPerTonne,
            PricePerBase = s.PricePerUnit is { } price ? (double)price / Domain.Streams.Quantity.ToBaseFactor(s.Unit) : null,
            MaxKm = s.MaxTransportKm,
        };
    }

    /// <summary>
    /// Prefix length for Jaccard ≥ t: a set A can only reach J ≥ t with B if they share one of the
    /// first |A| − ⌈t·|A|⌉ + 1 features of A in the global order (prefix-filtering lemma), so
    /// indexing that prefix loses no pair.
    /// </summary>
    public static int PrefixLength(int count, double threshold) =>
        count == 0 ? 0 : count - (int)Math.Ceiling((threshold * count) - 1e-9) + 1;

    /// <summary>Offers need six digits; needs may give 2, 4 or 6. Anything else is ignored.</summary>
    public static string? NormalizeCode(string? code, StreamDirection direction)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var digits = string.Concat(code.Where(char.IsAsciiDigit));
        return digits.Length == 6 || (direction == StreamDirection.Need && digits.Length is 2 or 4) ? digits : null;
    }

    /// <summary>
    /// The stream's material (<see cref="MaterialCatalog.Resolve"/>; a need's may be the function it names,
    /// <see cref="MaterialCatalog.ResolveNeed"/>), cached by direction, code, description and NACE class (many streams share them).
    /// </summary>
    public int MaterialOf(string? code, string? description, string? nace, StreamDirection direction)
    {
        var key = $"{(int)direction}|{code}|{nace}|{description}";
        lock (_lock)
        {
            if (_materialCache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var id = direction == StreamDirection.Need
            ? MaterialCatalog.Default.ResolveNeed(code, description, nace)
            : MaterialCatalog.Default.Resolve(code, description, nace);
        lock (_lock)
        {
            if (_materialCache.Count < 200_000)
            {
                _materialCache[key] = id;
            }
        }

        return id;
    }

    private int GroupId(string group)
    {
        if (!_groupIds.TryGetValue(group, out var id))
        {
            _groupIds[group] = id = _groupIds.Count + 1;
        }

        return id;
    }

    /// <summary>The recovery routes of a six-digit code by receiving NACE division, with their use words as feature keys (cached).</summary>
    private Dictionary<string, RouteEvidence[]> RoutesOf(string code, bool hazardous)
    {
        lock (_lock)
        {
            var cacheKey = hazardous ? code + "*" : code;
            if (!_routeCache.TryGetValue(cacheKey, out var byDivision))
            {
                byDivision = RecoveryRoutes.For(code, hazardous)
                    .GroupBy(r => r.Route.ReceiverNace[..2], StringComparer.Ordinal)
                    .ToDictionary(
                        g => g.Key,
                        g => g.Select(r => new RouteEvidence(r.Route, r.Level, [.. RecoveryRoutes.SpecificUseFeatures(r.Route).Select(Key).Order()])).ToArray(),
                        StringComparer.Ordinal);
                _routeCache[cacheKey] = byDivision;
            }

            return byDivision;
        }
    }

    /// <summary>Order key: rarer features first (document frequency in the reference texts), then first-seen order.</summary>
    private long Key(string feature)
    {
        if (!_tokenKeys.TryGetValue(feature, out var key))
        {
            key = ((long)Math.Min(Knowledge.DocumentFrequency(feature), 1_000_000) << 32) | (uint)_tokenKeys.Count;
            _tokenKeys[feature] = key;
        }

        return key;
    }
}

/// <summary>Compares feature-key arrays by content (interning of description sets).</summary>
internal sealed class TokenSetComparer : IEqualityComparer<long[]>
{
    public static TokenSetComparer Instance { get; } = new();

    public bool Equals(long[]? x, long[]? y) => x is null ? y is null : y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(long[] obj)
    {
        var h = default(HashCode);
        foreach (var t in obj)
        {
            h.Add(t);
        }

        return h.ToHashCode();
    }
}
