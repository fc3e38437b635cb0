using System.Globalization;
using System.Text;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Matches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Application.Notifications;

/// <summary>
/// The weekly e-mail of new matches: to each user who switched it on, the matches of their firm
/// first found since their last digest with a score (as they see it) at or above their threshold,
/// read through <see cref="MatchQueryService.NewForFirmUserAsync"/> as that user, so the mail shows
/// exactly what the firm's match list shows them and names no firm; no mail when nothing is new.
/// Each user's period is claimed by one conditional update before the mail is queued, so two runs
/// at once mail it once.
/// </summary>
public sealed class MatchDigestMailer(
    IAppDbContextFactory contexts, IAccountDirectory accounts, IUserDirectory users, INotificationDirectory directory,
    MatchQueryService matches, IBackgroundJobs jobs, TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>Sends the weekly digests due now; returns the number of mails queued.</summary>
    public async Task<int> SendWeeklyAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        List<(Guid UserId, int Threshold, DateTimeOffset? Since, string Language)> due;
        await using (var db = await contexts.CreateAsync(cancellationToken))
        {
            var rows = await db.NotificationPreferences.AsNoTracking().Where(p => p.WeeklyMatchDigest)
                .Select(p => new { p.UserId, p.MatchDigestThreshold, p.MatchDigestCoveredUntil, p.Language })
                .ToListAsync(cancellationToken);
            due = [.. rows.Select(r => (r.UserId, r.MatchDigestThreshold, r.MatchDigestCoveredUntil, r.Language ?? "tr"))];
        }

        var sent = 0;
        foreach (var (userId, threshold, since, language) in due)
        {
            var from = since ?? now;
            var user = await ContextOfAsync(userId, cancellationToken);
            var found = user is null ? [] : await matches.NewForFirmUserAsync(user, from, now, threshold, cancellationToken);
            if (!await ClaimAsync(userId, since, now, cancellationToken) || found.Count == 0)
            {
                continue;
            }

            var to = (await directory.EmailsAsync([userId], cancellationToken)).GetValueOrDefault(userId);
            if (to is not null && user?.CompanyId is { } companyId)
            {
                jobs.QueueMail(Mail(to, language, companyId, found));
                sent++;
            }
        }

        return sent;
    }

    private async Task<UserContext?> ContextOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var state = await accounts.StateAsync(userId, cancellationToken);
        return state is null ? null : await users.LoadAsync(userId, state.SecurityStamp, cancellationToken);
    }

    /// <summary>Moves the user's covered time from <paramref name="since"/> to <paramref name="now"/>; false when another run did.</summary>
    private async Task<bool> ClaimAsync(Guid userId, DateTimeOffset? since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await db.NotificationPreferences
            .Where(p => p.UserId == userId && p.WeeklyMatchDigest && p.MatchDigestCoveredUntil == since)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.MatchDigestCoveredUntil, now), cancellationToken) == 1;
    }

    private OutgoingMail Mail(string to, string language, Guid companyId, IReadOnlyList<MatchView> found)
    {
        var en = language == "en";
        var body = new StringBuilder();
        body.AppendLine(en ? "New matches of your firm since the last summary:" : "Son özetten bu yana firmanızın yeni eşleşmeleri:").AppendLine();
        foreach (var m in found)
        {
            var score = Math.Round(m.Score).ToString(CultureInfo.InvariantCulture);
            var receiver = m.Kind == MatchKind.Latent
                ? (en ? $"a firm in NACE {m.LatentNaceCode}" : $"NACE {m.LatentNaceCode} sektöründe bir firma")
                : m.NeedDescription;
            body.AppendLine(CultureInfo.InvariantCulture, $"• {score}/100: {m.OfferDescription}{Code(m.OfferEwcCode)} → {receiver}");
        }

        body.AppendLine().AppendLine(options.Value.BaseUrl.TrimEnd('/') + "/companies/" + companyId.ToString()).AppendLine()
            .Append(en
                ? "You can change the weekly match summary and its score threshold on your profile page."
                : "Haftalık eşleşme özetini ve puan eşiğini profil sayfanızdan değiştirebilirsiniz.");
        var subject = en
            ? string.Create(CultureInfo.InvariantCulture, $"IzmirSymbiosis: {found.Count} new match(es) this week")
            : string.Create(CultureInfo.InvariantCulture, $"IzmirSymbiosis: bu hafta {found.Count} yeni eşleşme");
        return new OutgoingMail(to, subject, body.ToString());
    }

    private static string Code(string? ewc) => ewc is null ? string.Empty : $" ({ewc})";
}
