using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Notifications;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Notifications;

/// <summary>The weekly e-mail of a firm's new matches: threshold, only new ones, none when nothing is new, no hidden name.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class MatchDigestMailerTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 2, 5, 0, 0, TimeSpan.Zero);
    private readonly RecordingJobs _jobs = new();
    private readonly FixedClock _clock = new(s_start);
    private Company _giver = null!;
    private Company _receiver = null!;
    private ResourceStream _offer = null!;

    protected override async Task ArrangeAsync()
    {
        _giver = TestData.Company("Özet Veren Metal A.Ş.");
        _receiver = TestData.Company("Gizli Alıcı Döküm A.Ş.");
        _offer = Stream(_giver.Id, StreamDirection.Offer, "Çelik talaşı");
        await using var db = Database.CreateContext();
        db.Companies.AddRange(_giver, _receiver);
        db.Streams.Add(_offer);
        await db.SaveChangesAsync();
    }

    private static ResourceStream Stream(Guid companyId, StreamDirection direction, string description)
    {
        var s = new ResourceStream(companyId, direction, ResourceKind.Material, description, new Quantity(5, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        s.SetStatus(StreamStatus.Active);
        return s;
    }

    private MatchDigestMailer Mailer() => new(
        Database.Contexts,
        Database.Services.GetRequiredService<IAccountDirectory>(),
        Database.Services.GetRequiredService<IUserDirectory>(),
        Database.Services.GetRequiredService<INotificationDirectory>(),
        Database.Services.GetRequiredService<MatchQueryService>(),
        _jobs,
        _clock,
        Options.Create(new NotificationOptions { BaseUrl = "https://izmirsym.example.com.tr/" }));

    private async Task<UserContext> UserAsync(string email, bool weekly, int threshold = 60, string language = "tr")
    {
        var user = await TestUsers.AddAsync(Database, Roles.FirmUser, _giver.Id, email: email);
        await using var db = Database.CreateContext();
        var p = new NotificationPreference(user.UserId!.Value, EmailMode.Immediate, language);
        p.SetMatchDigest(weekly, threshold, s_start);
        db.NotificationPreferences.Add(p);
        await db.SaveChangesAsync();
        return user;
    }

    private async Task MatchAsync(string need, double score, DateTimeOffset at)
    {
        var stream = Stream(_receiver.Id, StreamDirection.Need, need);
        await using var db = Database.CreateContext();
        db.Streams.Add(stream);
        db.Matches.Add(new Match(MatchKind.Registered, _offer.Id, _giver.Id, stream.Id, _receiver.Id, null, score, score, score, "{}", "test", at));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Weekly_ListsNewMatchesAboveThreshold_WithoutTheHiddenFirm()
    {
        await UserAsync("haftalik@ozet.example.com.tr", weekly: true, threshold: 60);
        await UserAsync("kapali@ozet.example.com.tr", weekly: false);
        await MatchAsync("Eski ihtiyaç: talaş", 95, s_start.AddDays(-1));
        await MatchAsync("Yeni ihtiyaç: yüksek puan", 75, s_start.AddDays(1));
        await MatchAsync("Yeni ihtiyaç: düşük puan", 50, s_start.AddDays(2));
        _clock.Now = s_start.AddDays(7);

        Assert.Equal(1, await Mailer().SendWeeklyAsync());

        var mail = Assert.Single(_jobs.Mails);
        Assert.Equal("haftalik@ozet.example.com.tr", mail.To);
        Assert.Equal("IzmirSymbiosis: bu hafta 1 yeni eşleşme", mail.Subject);
        Assert.Contains("75/100: Çelik talaşı → Yeni ihtiyaç: yüksek puan", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("düşük puan", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Eski ihtiyaç", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Gizli", mail.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_receiver.TaxNumber, mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weekly_NothingNewSinceLastDigest_SendsNothing()
    {
        await UserAsync("haftalik@ozet.example.com.tr", weekly: true, language: "en");
        await MatchAsync("İlk hafta ihtiyacı", 80, s_start.AddDays(1));
        _clock.Now = s_start.AddDays(7);
        Assert.Equal(1, await Mailer().SendWeeklyAsync());
        Assert.Equal("IzmirSymbiosis: 1 new match(es) this week", Assert.Single(_jobs.Mails).Subject);

        _clock.Now = s_start.AddDays(14);
        Assert.Equal(0, await Mailer().SendWeeklyAsync());

        await MatchAsync("Üçüncü hafta ihtiyacı", 80, s_start.AddDays(15));
        _clock.Now = s_start.AddDays(21);
        var runs = await Task.WhenAll(Mailer().SendWeeklyAsync(), Mailer().SendWeeklyAsync());

        Assert.Equal(1, runs.Sum());
        Assert.Equal(2, _jobs.Mails.Count);
        Assert.DoesNotContain("İlk hafta", _jobs.Mails[1].Body, StringComparison.Ordinal);
        Assert.Contains("Üçüncü hafta ihtiyacı", _jobs.Mails[1].Body, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(s_start.AddDays(21), await db.NotificationPreferences.Where(p => p.WeeklyMatchDigest).Select(p => p.MatchDigestCoveredUntil).SingleAsync());
    }
}
