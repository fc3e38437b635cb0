using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>
/// A donor in one zone and receivers at known places in another zone, one in a third zone and one
/// without a location, with the matches the engine would store for them (the road km of their
/// coordinates × the road factor 1.3, and the anonymised band of their areas' centres): the match
/// browser's distance tests and the hand-off tests arrange these.
/// </summary>
internal sealed class CrossZoneMatches
{
    public required int DonorZone { get; init; }

    public required int ReceiverZone { get; init; }

    public required int ThirdZone { get; init; }

    public required Company Donor { get; init; }

    public required Company Near { get; init; }

    public required Company Mid { get; init; }

    public required Company Far { get; init; }

    public required Company Unlocated { get; init; }

    public required Company Neighbour { get; init; }

    /// <summary>Latent, Aliağa → Menemen: 7.2 road km, both firms in one area (0–10 km).</summary>
    public required Match NearMatch { get; init; }

    /// <summary>Registered (a need), Aliağa → Çiğli: 21.9 road km, 28.9 between the areas (25–50 km).</summary>
    public required Match MidMatch { get; init; }

    /// <summary>Latent, Aliağa → Torbalı (third zone): 103 road km, 97.8 between the areas (50–100 km).</summary>
    public required Match FarMatch { get; init; }

    /// <summary>Latent, to a firm without a location: no distance.</summary>
    public required Match UnlocatedMatch { get; init; }

    /// <summary>Latent, between two firms of the donor's zone: 1.8 road km.</summary>
    public required Match SameZoneMatch { get; init; }

    public static async Task<CrossZoneMatches> ArrangeAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var zones = await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).Take(3).ToListAsync();
        Company At(string name, int zone, double? lat, double? lon)
        {
            var c = lat is { } la && lon is { } lo ? TestData.CompanyAt(name, "23.51", la, lo) : TestData.Company(name, "Bayraklı", "23.51");
            c.SetAddress(null, zone);
            return c;
        }

        var donor = At("Aliağa Cüruf A.Ş.", zones[0], 38.7996, 26.9707);
        var neighbour = At("Aliağa Komşu Çimento A.Ş.", zones[0], 38.8100, 26.9800);
        var near = At("Menemen Çimento A.Ş.", zones[1], 38.7600, 27.0100);
        var mid = At("Çiğli Beton A.Ş.", zones[1], 38.6500, 27.0000);
        var far = At("Torbalı Tuğla A.Ş.", zones[2], 38.1560, 27.3620);
        var unlocated = At("Konumsuz Yapı A.Ş.", zones[1], null, null);
        var offer = new ResourceStream(donor.Id, StreamDirection.Offer, ResourceKind.Material, "Yüksek fırın cürufu", new Quantity(500, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        offer.Describe("Yüksek fırın cürufu", "10 02 02");
        var need = new ResourceStream(mid.Id, StreamDirection.Need, ResourceKind.Material, "Çimento katkısı", new Quantity(400, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        var now = DateTimeOffset.UtcNow;
        static string Latent(double? roadKm, double? areaKm) =>
            $$"""{"engineVersion":"test","score":70,"nace":"23.51","titleEn":"Cement","reasons":[],"roadKm":{{Km(roadKm)}},"areaRoadKm":{{Km(areaKm)}}}""";
        static string Km(double? km) => km?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
        Match LatentTo(Company receiver, double? roadKm, double? areaKm) =>
            new(MatchKind.Latent, offer.Id, donor.Id, null, receiver.Id, "23.51", 70, 70, 70, Latent(roadKm, areaKm), "test", now, roadKm, areaKm);
        var nearMatch = LatentTo(near, 7.2, 0.0);
        var midMatch = new Match(MatchKind.Registered, offer.Id, donor.Id, need.Id, mid.Id, null, 65, 65, 65,
            """{"engineVersion":"test","score":65,"factors":[],"roadKm":21.9,"transportTryPerTonne":0,"netCo2eTonnesPerYear":0,"anonymised":{"distance":{"fromKm":25,"toKm":50},"forGiver":[],"forReceiver":[]}}""",
            "test", now, 21.9, 28.9);
        var farMatch = LatentTo(far, 103.0, 97.8);
        var unlocatedMatch = LatentTo(unlocated, null, null);
        var sameZone = LatentTo(neighbour, 1.8, 0.0);
        db.Companies.AddRange(donor, neighbour, near, mid, far, unlocated);
        db.Streams.AddRange(offer, need);
        db.Matches.AddRange(nearMatch, midMatch, farMatch, unlocatedMatch, sameZone);
        await db.SaveChangesAsync();
        return new CrossZoneMatches
        {
            DonorZone = zones[0],
            ReceiverZone = zones[1],
            ThirdZone = zones[2],
            Donor = donor,
            Near = near,
            Mid = mid,
            Far = far,
            Unlocated = unlocated,
            Neighbour = neighbour,
            NearMatch = nearMatch,
            MidMatch = midMatch,
            FarMatch = farMatch,
            UnlocatedMatch = unlocatedMatch,
            SameZoneMatch = sameZone,
        };
    }
}
