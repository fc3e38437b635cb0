using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Notifications;

/// <summary>E-mail from the notification outbox: immediate once, digests grouped, "off" never.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class NotificationMailerTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private readonly RecordingJobs _jobs = new();
    private Company _firm = null!;

    protected override async Task ArrangeAsync()
    {
        _firm = TestData.Company("Posta Kimya A.Ş.");
        await using var db = Database.CreateContext();
        db.Companies.Add(_firm);
        await db.SaveChangesAsync();
    }

    private NotificationMailer Mailer() => new(
        Database.Contexts,
        Database.Services.GetRequiredService<INotificationDirectory>(),
        _jobs,
        TimeProvider.System,
        Options.Create(new NotificationOptions { BaseUrl = "https://izmirsym.example.com.tr/" }));

    private async Task NotifyAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = await Database.Contexts.CreateAsync();
            await Database.Services.GetRequiredService<INotifier>().AddAsync(
                db,
                new Notice("exchange.approved", SubjectKind.Exchange, Guid.NewGuid(), $"exchanges/{i}", $"Simbiyoz onaylandı {i}", $"Exchange approved {i}", new NoticeAudience([_firm.Id], [])),
                null);
            await db.SaveChangesAsync();
        }
    }

    private async Task SetModeAsync(UserContext user, EmailMode mode, string language = "tr")
    {
        await using var db = Database.CreateContext();
        db.NotificationPreferences.Add(new NotificationPreference(user.UserId!.Value, mode, language));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Immediate_IsMailedOnce_EvenWithTwoSweepsAtOnce()
    {
        await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id, email: "a@posta.example.com.tr");
        var b = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id, email: "b@posta.example.com.tr");
        await SetModeAsync(b, EmailMode.Immediate, "en");
        await NotifyAsync(30);

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Mailer().SendImmediateAsync())));

        Assert.Equal(60, sent.Sum());
        Assert.Equal(60, _jobs.Mails.Count);
        Assert.Equal(60, _jobs.Mails.Select(m => (m.To, m.Body)).Distinct().Count());
        Assert.Contains(_jobs.Mails, m => m.To == "b@posta.example.com.tr" && m.Subject == "IzmirSymbiosis: Exchange approved 3" && m.Body.Contains("https://izmirsym.example.com.tr/exchanges/3", StringComparison.Ordinal));
        Assert.Contains(_jobs.Mails, m => m.To == "a@posta.example.com.tr" && m.Subject == "IzmirSymbiosis: Simbiyoz onaylandı 3");
        Assert.Equal(0, await Mailer().SendImmediateAsync());
        await using var db = Database.CreateContext();
        Assert.All(await db.Notifications.ToListAsync(), n => Assert.Equal(MailState.Sent, n.Mail));
    }

    [Fact]
    public async Task Digest_GroupsAUsersNotices_AndOffSendsNone()
    {
        await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id, email: "hemen@posta.example.com.tr");
        var digest = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id, email: "ozet@posta.example.com.tr");
        var off = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id, email: "kapali@posta.example.com.tr");
        await SetModeAsync(digest, EmailMode.DailyDigest);
        await SetModeAsync(off, EmailMode.Off);
        await NotifyAsync(3);

        Assert.Equal(3, await Mailer().SendImmediateAsync());
        Assert.All(_jobs.Mails, m => Assert.Equal("hemen@posta.example.com.tr", m.To));
        var digests = await Task.WhenAll(Mailer().SendDigestsAsync(), Mailer().SendDigestsAsync());

        Assert.Equal(1, digests.Sum());
        var summary = Assert.Single(_jobs.Mails, m => m.To == "ozet@posta.example.com.tr");
        Assert.Equal("IzmirSymbiosis: 3 yeni bildirim", summary.Subject);
        Assert.Contains("Simbiyoz onaylandı 0", summary.Body, StringComparison.Ordinal);
        Assert.Contains("Simbiyoz onaylandı 2", summary.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(_jobs.Mails, m => m.To == "kapali@posta.example.com.tr");
        Assert.Equal(0, await Mailer().SendDigestsAsync());
        await using var db = Database.CreateContext();
        var states = await db.Notifications.Select(n => new { n.UserId, n.Mail }).ToListAsync();
        Assert.All(states.Where(s => s.UserId == off.UserId), s => Assert.Equal(MailState.Skipped, s.Mail));
        Assert.All(states.Where(s => s.UserId != off.UserId), s => Assert.Equal(MailState.Sent, s.Mail));
    }
}
