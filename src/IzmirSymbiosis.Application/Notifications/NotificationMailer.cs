using System.Globalization;
using System.Text;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Application.Notifications;

/// <summary>Settings of notification e-mails.</summary>
public sealed class NotificationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Notifications";

    /// <summary>The app's public address, put in front of the relative links in e-mails.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000/";
}

/// <summary>
/// Mails pending notifications from the outbox (the <see cref="Notification"/> rows): one e-mail per
/// notice for users who want them at once (<see cref="SendImmediateAsync"/>, woken after each commit
/// and swept every minute), one summary a day for digest users (<see cref="SendDigestsAsync"/>), none
/// for users who switched e-mail off (their notices are marked skipped). Each batch is claimed by one
/// conditional update (still pending → sent, with this run's claim id) before the mail is queued, so
/// two sweeps running at once never mail a notice twice; a crash between the claim and queueing
/// loses that mail rather than sending it twice (the notice stays in the app).
/// </summary>
public sealed class NotificationMailer(
    IAppDbContextFactory contexts, INotificationDirectory directory, IBackgroundJobs jobs, TimeProvider clock, IOptions<NotificationOptions> options)
{
    private const int BatchSize = 100;

    /// <summary>Mails every pending notice of immediate users and skips those of users who chose none; returns the number mailed.</summary>
    public async Task<int> SendImmediateAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var (candidates, mails) = await ClaimAsync(null, cancellationToken);
            foreach (var mail in mails)
            {
                jobs.QueueMail(mail);
            }

            total += mails.Count;
            if (candidates < BatchSize)
            {
                return total;
            }
        }
    }

    /// <summary>Sends one summary of the pending notices to each digest user; returns the number of mails.</summary>
    public async Task<int> SendDigestsAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> users;
        await using (var db = await contexts.CreateAsync(cancellationToken))
        {
            users = await db.Notifications.Where(n => n.Mail == MailState.Pending)
                .Where(n => db.NotificationPreferences.Any(p => p.UserId == n.UserId && p.Email == EmailMode.DailyDigest))
                .Select(n => n.UserId).Distinct().ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var user in users)
        {
            var (_, mails) = await ClaimAsync(user, cancellationToken);
            foreach (var mail in mails)
            {
                jobs.QueueMail(mail);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>
    /// Claims a batch of pending notices: of immediate and "off" users when
    /// <paramref name="digestUser"/> is null, else all of that digest user's. Returns how many
    /// candidates there were and the mails to queue for the notices this call won.
    /// </summary>
    private async Task<(int Candidates, List<OutgoingMail> Mails)> ClaimAsync(Guid? digestUser, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var pending = db.Notifications.Where(n => n.Mail == MailState.Pending);
        var candidates = digestUser is { } u
            ? pending.Where(n => n.UserId == u)
            : pending.Where(n => !db.NotificationPreferences.Any(p => p.UserId == n.UserId && p.Email == EmailMode.DailyDigest)).OrderBy(n => n.CreatedAt).Take(BatchSize);
        var ids = await candidates.Select(n => n.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return (0, []);
        }

        // One conditional update: PostgreSQL re-checks "still pending" on each row under its lock,
        // so a row another sweep claimed meanwhile is left to that sweep.
        var claim = Guid.NewGuid();
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => ids.Contains(n.Id) && n.Mail == MailState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.Sent).SetProperty(n => n.MailClaim, claim).SetProperty(n => n.MailedAt, now), cancellationToken);
        var rows = await db.Notifications.AsNoTracking().Where(n => n.MailClaim == claim).ToListAsync(cancellationToken);
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var prefs = await db.NotificationPreferences.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var emails = await directory.EmailsAsync(userIds, cancellationToken);
        var mails = new List<OutgoingMail>();
        var skipped = new List<Guid>();
        foreach (var group in rows.GroupBy(r => r.UserId))
        {
            var pref = prefs.GetValueOrDefault(group.Key);
            var mode = pref?.Email ?? EmailMode.Immediate;
            var language = pref?.Language ?? "tr";
            if (mode == EmailMode.Off || !emails.TryGetValue(group.Key, out var to))
            {
                skipped.Add(group.Key);
            }
            else if (mode == EmailMode.DailyDigest)
            {
                mails.Add(Digest(to, language, [.. group]));
            }
            else
            {
                mails.AddRange(group.Select(n => Single(to, language, n)));
            }
        }

        if (skipped.Count > 0)
        {
            await db.Notifications.Where(n => n.MailClaim == claim && skipped.Contains(n.UserId))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.Skipped), cancellationToken);
        }

        return (ids.Count, mails);
    }

    private OutgoingMail Single(string to, string language, Notification n) =>
        new(to, $"IzmirSymbiosis: {n.Title(language)}", $"{n.Title(language)}\n\n{Url(n.Link)}\n\n{Footer(language)}");

    private OutgoingMail Digest(string to, string language, IReadOnlyList<Notification> items)
    {
        var en = language == "en";
        var body = new StringBuilder();
        body.AppendLine(en ? "Your notifications since the last summary:" : "Son özetten bu yana bildirimleriniz:").AppendLine();
        foreach (var n in items.OrderBy(n => n.CreatedAt))
        {
            var when = n.CreatedAt.ToOffset(Common.TurkeyTime.Offset).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
            body.AppendLine(CultureInfo.InvariantCulture, $"• {when} {n.Title(language)}").AppendLine(CultureInfo.InvariantCulture, $"  {Url(n.Link)}");
        }

        body.AppendLine().Append(Footer(language));
        var subject = en
            ? string.Create(CultureInfo.InvariantCulture, $"IzmirSymbiosis: {items.Count} new notification(s)")
            : string.Create(CultureInfo.InvariantCulture, $"IzmirSymbiosis: {items.Count} yeni bildirim");
        return new OutgoingMail(to, subject, body.ToString());
    }

    private static string Footer(string language) => language == "en"
        ? "You can change how you receive notifications on your profile page."
        : "Bildirimleri nasıl alacağınızı profil sayfanızdan değiştirebilirsiniz.";

    private string Url(string link) => options.Value.BaseUrl.TrimEnd('/') + "/" + link.TrimStart('/');
}
