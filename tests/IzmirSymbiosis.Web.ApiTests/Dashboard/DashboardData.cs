using System.Globalization;
using System.Text;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Domain.Zones;
using IzmirSymbiosis.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ApiTests.Dashboard;

/// <summary>
/// Exchanges of 2023 with forecast and verified records, between firms of their own (so the other
/// API tests' lists stay as they were): one in the staff user's zone, one whose donor sits in a zone
/// named like a spreadsheet formula, one without a verified record. Written once per test run.
/// </summary>
internal static class DashboardData
{
    /// <summary>A zone whose name a spreadsheet would run as a formula.</summary>
    public const int FormulaZone = 9_101;

    public const string FormulaZoneName = "=HYPERLINK(\"http://kotu.example\";\"Tıkla\")";

    public const string DonorInStaffZone = "Gediz Döküm Sanayi A.Ş.";

    public const string DonorInFormulaZone = "Çamlık Metal Geri Kazanım Ltd. Şti.";

    public static readonly DateOnly From = new(2023, 1, 1);

    public static readonly DateOnly To = new(2023, 12, 31);

    public static string Query => "?from=2023-01-01&to=2023-12-31";

    public static CultureInfo Turkish { get; } = CultureInfo.GetCultureInfo("tr-TR");

    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static bool s_arranged;

    public static async Task ArrangeAsync(ApiFixture fixture)
    {
        await s_gate.WaitAsync();
        try
        {
            if (s_arranged)
            {
                return;
            }

            await using var db = fixture.Db();
            db.Zones.Add(new OrganizedIndustrialZone
            {
                Id = FormulaZone,
                NameTr = FormulaZoneName,
                NameEn = FormulaZoneName,
                ShortName = "FORMUL",
                ZoneType = "OSB",
                District = "Çiğli",
                Status = "Faal",
            });
            var staffDonor = Firm(DonorInStaffZone, "400000004", "24.53", ApiFixture.StaffZone);
            var zone2 = Firm("Menemen Cam Ambalaj A.Ş.", "500000005", "23.13", 2);
            var formulaDonor = Firm(DonorInFormulaZone, "600000006", "24.10", FormulaZone);
            var outside = Firm("Torbalı Tarım Kooperatifi", "700000007", "01.41", null);
            db.Companies.AddRange(staffDonor, zone2, formulaDonor, outside);
            var chips = Offer(staffDonor, "Alüminyum talaşı", "12 01 03");
            var scrap = Offer(formulaDonor, "Çelik hurdası", "12 01 01");
            var glass = Offer(zone2, "Cam kırığı", "10 11 12");
            db.Streams.AddRange(chips, scrap, glass);
            await db.SaveChangesAsync();

            var set = await db.FactorSets.AsNoTracking().Include(s => s.Rows).OrderByDescending(s => s.Id).FirstAsync();
            Exchange(db, set, staffDonor, zone2, chips, (ImpactBasis.Forecast, 120m, Day(2023, 2, 10)), (ImpactBasis.Verified, 38.5m, Day(2023, 6, 5)));
            Exchange(db, set, formulaDonor, outside, scrap, (ImpactBasis.Forecast, 60m, Day(2023, 3, 1)), (ImpactBasis.Verified, 20.25m, Day(2023, 9, 1)));
            Exchange(db, set, zone2, outside, glass, (ImpactBasis.Forecast, 40m, Day(2023, 4, 1)));
            await db.SaveChangesAsync();
            s_arranged = true;
        }
        finally
        {
            s_gate.Release();
        }
    }

    /// <summary>What the dashboard service answers <paramref name="user"/> (roles and zones as signed in), in Turkish.</summary>
    public static Task<T> AsAsync<T>(ApiFixture fixture, string user, Func<DashboardService, Task<T>> read) =>
        AsAsync<DashboardService, T>(fixture, user, read);

    /// <summary>What <typeparamref name="TService"/> answers <paramref name="user"/>, in Turkish.</summary>
    public static async Task<T> AsAsync<TService, T>(ApiFixture fixture, string user, Func<TService, Task<T>> read)
        where TService : notnull
    {
        using var scope = fixture.Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActingUser>().User = user switch
        {
            "expert" => new UserContext(fixture.UserId(user), new HashSet<string> { Roles.Expert }, null, new HashSet<int>()),
            "staff" => new UserContext(fixture.UserId(user), new HashSet<string> { Roles.OizStaff }, null, new HashSet<int> { ApiFixture.StaffZone }),
            _ => throw new ArgumentOutOfRangeException(nameof(user)),
        };
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Turkish, Turkish);
        try
        {
            return await read(scope.ServiceProvider.GetRequiredService<TService>());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>The records of a CSV file (RFC 4180 quoting), without the byte-order mark.</summary>
    public static List<List<string>> ParseCsv(string text, char separator)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = text.StartsWith('\uFEFF') ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }

    private static Company Firm(string name, string firstNine, string nace, int? zone)
    {
        var company = new Company(name, firstNine + Vkn.ComputeCheckDigit(firstNine), nace, "Çiğli", SizeBand.Medium);
        company.SetAddress("Organize Sanayi Bölgesi", zone);
        return company;
    }

    private static ResourceStream Offer(Company donor, string description, string ewc)
    {
        var stream = new ResourceStream(donor.Id, StreamDirection.Offer, ResourceKind.Material, description, new Quantity(10, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        stream.Describe(description, ewc);
        return stream;
    }

    private static void Exchange(
        Infrastructure.Persistence.AppDbContext db, FactorSet set, Company donor, Company receiver, ResourceStream offer, params (ImpactBasis Basis, decimal Tonnes, DateTimeOffset At)[] records)
    {
        var exchange = Domain.Exchanges.Exchange.Create(
            donor.Id, receiver.Id, offer.Id, new ExchangeDraft($"Pano denemesi: {offer.Description}", DistanceKm: 20, TransportMode: TransportMode.Road), Guid.NewGuid(), records.Min(r => r.At));
        db.Exchanges.Add(exchange);
        db.ExchangeHistory.Add(exchange.CreationEntry());
        foreach (var (basis, tonnes, at) in records)
        {
            var inputs = new ImpactInputs(
                basis, tonnes, QuantityUnit.Tonne, basis == ImpactBasis.Forecast ? QuantityPeriod.PerYear : QuantityPeriod.OneOff, ResourceKind.Material, offer.EwcCode,
                null, ExchangeRoute.WasteRecovery, "R4", TransportMode.Road, 20) with
            { Jobs = 1, CostSavingsTry = 1000m * tonnes, NewRevenueTry = 250m * tonnes };
            db.ImpactRecords.Add(ImpactRecord.Of(exchange.Id, ImpactCalculator.Calculate(inputs, set.Rows.Select(FactorRowUsed.Of)), set, ImpactRecordReason.Recomputed, null, at));
        }
    }

    private static DateTimeOffset Day(int year, int month, int day) => new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(3)).ToUniversalTime();
}
