using System.Globalization;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>Builders for test entities.</summary>
public static class TestData
{
    private static int s_next = 100_000_000;

    /// <summary>A fresh valid VKN (nine running digits plus the check digit).</summary>
    public static string NextVkn()
    {
        var nine = Interlocked.Increment(ref s_next).ToString("D9", CultureInfo.InvariantCulture);
        return nine + Vkn.ComputeCheckDigit(nine).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A company with a valid VKN.</summary>
    public static Company Company(string name, string district = "Çiğli", string nace = "24.10") =>
        new(name, NextVkn(), nace, district, SizeBand.Medium);

    /// <summary>A company at a location (decimal degrees).</summary>
    public static Company CompanyAt(string name, string nace, double latitude, double longitude)
    {
        var c = Company(name, "Aliağa", nace);
        c.SetLocation(new GeoPoint(latitude, longitude));
        return c;
    }

    /// <summary>A power plant's fly ash offer (10 01 02), the engine's textbook pair with <see cref="AshNeed"/>.</summary>
    public static StreamInput FlyAshOffer(decimal tonnesPerYear = 12_000) =>
        new(StreamDirection.Offer, ResourceKind.Material, "Uçucu kül (termik santral)", "10 01 02", tonnesPerYear, QuantityUnit.Tonne, QuantityPeriod.PerYear);

    /// <summary>A cement plant's need for fly ash (10 01 02).</summary>
    public static StreamInput AshNeed() =>
        new(StreamDirection.Need, ResourceKind.Material, "Çimento katkısı için uçucu kül", "10 01 02", 1_000, QuantityUnit.Tonne, QuantityPeriod.PerMonth);
}
