using System.Globalization;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Zones;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>Draws the demo firms: place, name, VKN, size, contacts, id and creation time.</summary>
internal sealed class DemoCompanyBuilder(ReferenceDataSet reference, Random random)
{
    /// <summary>Every n-th firm has an all-capitals name starting with İZMİR (as some registers spell them).</summary>
    private const int UpperCaseEvery = 20;

    /// <summary>Every n-th firm (offset by <see cref="NoLocationOffset"/>) has no coordinates yet.</summary>
    private const int NoLocationEvery = 25;
    private const int NoLocationOffset = 13;

    private const double LatitudeJitter = 0.025;
    private const double LongitudeJitter = 0.03;

    private readonly Dictionary<int, OrganizedIndustrialZone> _zones = reference.Zones.ToDictionary(z => z.Id);
    private readonly HashSet<string> _hazardousCodes = reference.WasteCodes.Where(w => w.IsHazardous).Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _nameKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taxNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<DemoSector, DemoPlacement[]> _placements = new(ReferenceEqualityComparer.Instance);

    public List<DemoFirm> Build(IReadOnlyList<DemoSector> sectors)
    {
        var slots = sectors.SelectMany(s => Enumerable.Range(0, s.FirmCount).Select(j => (Sector: s, Index: j))).ToArray();
        random.Shuffle(slots);
        return [.. slots.Select((slot, i) => new DemoFirm(NewCompany(i, slot.Sector, slot.Index), slot.Sector, slot.Index))];
    }

    private Company NewCompany(int ordinal, DemoSector sector, int sectorIndex)
    {
        var placement = PlacementsOf(sector)[sectorIndex];
        var zone = placement.ZoneId is { } zoneId ? _zones[zoneId] : null;
        var district = zone is null ? placement.District! : DistrictOf(zone.District);
        var size = (SizeBand)random.WeightedIndex(sector.SizeWeights);
        var name = UniqueName(sector, district, ordinal % UpperCaseEvery == 0);

        var company = new Company(name, UniqueTaxNumber(), sector.NaceCodes[sectorIndex % sector.NaceCodes.Length], district, size);
        company.SetAddress(Address(zone, district), zone?.Id);
        company.SetLocation(ordinal % NoLocationEvery == NoLocationOffset ? null : Near(Centre(zone, district)));
        var createdAt = DemoDataGenerator.Epoch.AddMinutes(ordinal * 37);
        company.SetContacts(Contacts(name, size, createdAt));
        DemoPermits.Grant(company, sector.Key, sectorIndex, _hazardousCodes);

        DemoEntityStamp.Apply(company, DemoEntityStamp.NewId(random), createdAt, createdAt);
        DemoEntityStamp.ApplyPermitIds(company);
        return company;
    }

    /// <summary>
    /// The sector's placements, one per firm: shared out in proportion to weight (largest
    /// remainder), at least one each so every listed zone gets a firm, in a shuffled order.
    /// </summary>
    private DemoPlacement[] PlacementsOf(DemoSector sector)
    {
        if (_placements.TryGetValue(sector, out var cached))
        {
            return cached;
        }

        var places = sector.Placements;
        var totalWeight = places.Sum(p => p.Weight);
        var exact = places.Select(p => (double)sector.FirmCount * p.Weight / totalWeight).ToArray();
        var quotas = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var byRemainder = Enumerable.Range(0, places.Length).OrderByDescending(i => exact[i] - quotas[i]).ThenBy(i => i).ToArray();
        var leftover = sector.FirmCount - quotas.Sum();
        for (var k = 0; k < leftover; k++)
        {
            quotas[byRemainder[k]]++;
        }

        for (var i = 0; i < places.Length; i++)
        {
            if (quotas[i] == 0)
            {
                quotas[Array.IndexOf(quotas, quotas.Max())]--;
                quotas[i] = 1;
            }
        }

        var list = places.SelectMany((p, i) => Enumerable.Repeat(p, quotas[i])).ToArray();
        random.Shuffle(list);
        _placements[sector] = list;
        return list;
    }

    private string UniqueName(DemoSector sector, string district, bool upperCase)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var stem = upperCase ? DemoNames.UpperCaseStem : random.Next(10) switch
            {
                < 4 => district,
                < 7 => random.Pick(DemoNames.RegionStems),
                _ => random.Pick(DemoNames.Surnames),
            };
            if (attempt >= 50)
            {
                stem = $"{stem} {random.Pick(DemoNames.Surnames)}";
            }

            string[] parts = [stem, random.Pick(sector.NameWords), random.Pick(DemoNames.TradeForms), random.Pick(DemoNames.LegalForms)];
            var name = string.Join(' ', parts.Where(p => p.Length > 0));
            if (upperCase)
            {
                name = TurkishText.ToUpper(name);
            }

            if (_nameKeys.Add(TurkishText.SearchKey(name)))
            {
                return name;
            }
        }

        throw new InvalidOperationException($"No unique demo name left for sector {sector.Key}.");
    }

    private string UniqueTaxNumber()
    {
        while (true)
        {
            var first = (char)('1' + random.Next(9));
            var nine = first + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
            var vkn = nine + Vkn.ComputeCheckDigit(nine).ToString(CultureInfo.InvariantCulture);
            if (_taxNumbers.Add(vkn))
            {
                return vkn;
            }
        }
    }

    private string Address(OrganizedIndustrialZone? zone, string district) => zone is null
        ? string.Create(CultureInfo.InvariantCulture,
            $"{random.Pick(DemoPlaces.Neighbourhoods)} Mah. {random.Next(1000, 9999)} Sokak No: {random.Next(1, 120)}, {district}/İzmir")
        : string.Create(CultureInfo.InvariantCulture,
            $"{ZoneLabel(zone)}, {random.Next(1, 12)}. Cadde No: {random.Next(1, 80)}, {district}/İzmir");

    private GeoPoint Near((double Latitude, double Longitude) centre) => new(
        Math.Round(centre.Latitude + (((random.NextDouble() * 2) - 1) * LatitudeJitter), 5),
        Math.Round(centre.Longitude + (((random.NextDouble() * 2) - 1) * LongitudeJitter), 5));

    private (double Latitude, double Longitude) Centre(OrganizedIndustrialZone? zone, string district)
    {
        if (zone is { Latitude: { } lat, Longitude: { } lon })
        {
            return (lat, lon);
        }

        if (DemoPlaces.DistrictCentres.TryGetValue(district, out var centre))
        {
            return centre;
        }

        var sameDistrict = _zones.Values
            .Where(z => DistrictOf(z.District) == district && z.Latitude is not null && z.Longitude is not null)
            .MinBy(z => z.Id)
            ?? throw new InvalidOperationException($"No coordinates known for district {district}.");
        return (sameDistrict.Latitude!.Value, sameDistrict.Longitude!.Value);
    }

    /// <summary>The firm's contacts; the programme collected their KVKK consent when it registered the firm.</summary>
    private List<ContactPerson> Contacts(string companyName, SizeBand size, DateTimeOffset consentAt)
    {
        var domain = string.Concat(TurkishText.SearchKey(companyName).Split(' ').Take(2)) + ".example.com.tr";
        var count = size == SizeBand.Micro ? 1 : 1 + random.Next(2);
        var contacts = new List<ContactPerson>(count);
        for (var i = 0; i < count; i++)
        {
            var first = random.Pick(DemoNames.FirstNames);
            var last = random.Pick(DemoNames.Surnames);
            contacts.Add(new ContactPerson
            {
                FullName = $"{first} {last}",
                Title = random.Pick(DemoNames.Titles),
                Email = $"{Fold(first)}.{Fold(last)}@{domain}",
                Phone = string.Create(CultureInfo.InvariantCulture,
                    $"+90 232 {random.Next(200, 900)} {random.Next(10, 100)} {random.Next(10, 100)}"),
                ConsentAt = consentAt,
            });
        }

        return contacts;
    }

    /// <summary>"Kemalpaşa (Bağyurdu)" → "Kemalpaşa": the ilçe, without the locality.</summary>
    internal static string DistrictOf(string zoneDistrict)
    {
        var cut = zoneDistrict.IndexOf(" (", StringComparison.Ordinal);
        return (cut < 0 ? zoneDistrict : zoneDistrict[..cut]).Trim();
    }

    private static string ZoneLabel(OrganizedIndustrialZone zone)
    {
        if (!string.IsNullOrWhiteSpace(zone.ShortName))
        {
            return zone.ShortName;
        }

        var name = zone.NameTr;
        var cut = name.IndexOfAny(['(', ',', '/']);
        return (cut < 0 ? name : name[..cut]).Trim();
    }

    private static string Fold(string text) => TurkishText.SearchKey(text).Replace(" ", string.Empty, StringComparison.Ordinal);
}
