using System.Globalization;
using System.Text;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Application.DataQuality;

/// <summary>
/// The data quality panel of OIZ staff, experts and admins (<see cref="AccessPolicy.MayReviewDataQuality"/>):
/// the gaps in the data of the firms the reader reads in full (staff: their zones' firms; experts and
/// admins: all, optionally one zone), and reminders to the firms of stale streams, mailed through
/// the durable job queue at most once in <see cref="ResourceStream.ReminderInterval"/> per stream.
/// </summary>
public sealed class DataQualityService(
    IAppDbContextFactory contexts, ICurrentUser currentUser, INotificationDirectory directory, IBackgroundJobs jobs,
    TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>Most streams reminded in one request.</summary>
    public const int MaxReminders = 100;

    /// <summary>The zones the reader may filter by: their own (staff) or all (experts, admins).</summary>
    /// <exception cref="DataQualityRefusedException">The reader may not use the panel.</exception>
    public async Task<IReadOnlyList<QualityZone>> ZonesAsync(CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var zones = scope.All ? db.Zones.AsNoTracking() : db.Zones.AsNoTracking().Where(z => scope.Zones.Contains(z.Id));
        var rows = await zones.Select(z => new QualityZone(z.Id, z.ShortName, z.NameTr, z.NameEn)).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(z => z.ShortName, StringComparer.Create(Domain.Common.TurkishText.Culture, ignoreCase: true))];
    }

    /// <summary>The number of findings of each kind among the reader's firms (of one zone when <paramref name="zoneId"/> is given).</summary>
    /// <exception cref="DataQualityRefusedException">The reader may not use the panel.</exception>
    public async Task<QualityTotals> TotalsAsync(int? zoneId, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var firms = Firms(db, scope, zoneId);
        return new QualityTotals(
            await Streams(db, firms, QualityFinding.StreamWithoutCode, now).CountAsync(cancellationToken),
            await Streams(db, firms, QualityFinding.StaleStream, now).CountAsync(cancellationToken),
            await FirmsWith(db, firms, QualityFinding.FirmWithoutLocation).CountAsync(cancellationToken),
            await FirmsWith(db, firms, QualityFinding.FirmWithoutNace).CountAsync(cancellationToken));
    }

    /// <summary>One page of the streams with a stream finding, oldest change first.</summary>
    /// <exception cref="DataQualityRefusedException">The reader may not use the panel.</exception>
    /// <exception cref="ValidationFailedException">The page is out of bounds.</exception>
    public async Task<PagedResult<QualityStreamRow>> StreamsAsync(QualityFinding finding, int? zoneId, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        if (finding is not (QualityFinding.StreamWithoutCode or QualityFinding.StaleStream))
        {
            throw new ArgumentOutOfRangeException(nameof(finding));
        }

        var scope = await ScopeAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var firms = Firms(db, scope, zoneId);
        var streams = Streams(db, firms, finding, clock.GetUtcNow());
        var total = await streams.CountAsync(cancellationToken);
        var rows = await (
            from s in streams
            join c in db.Companies on s.CompanyId equals c.Id
            orderby s.UpdatedAt, s.Id
            select new QualityStreamRow(s.Id, c.Id, c.LegalName, s.Direction, s.Kind, s.Description, s.Status, s.UpdatedAt, s.LastRemindedAt))
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<QualityStreamRow>(rows, total);
    }

    /// <summary>One page of the firms with a firm finding, by name.</summary>
    /// <exception cref="DataQualityRefusedException">The reader may not use the panel.</exception>
    /// <exception cref="ValidationFailedException">The page is out of bounds.</exception>
    public async Task<PagedResult<QualityFirmRow>> FirmsAsync(QualityFinding finding, int? zoneId, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        if (finding is not (QualityFinding.FirmWithoutLocation or QualityFinding.FirmWithoutNace))
        {
            throw new ArgumentOutOfRangeException(nameof(finding));
        }

        var scope = await ScopeAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var firms = FirmsWith(db, Firms(db, scope, zoneId), finding);
        var total = await firms.CountAsync(cancellationToken);
        var rows = await (
            from c in firms
            join z in db.Zones on c.ZoneId equals z.Id into zones
            from z in zones.DefaultIfEmpty()
            orderby c.LegalName, c.Id
            select new QualityFirmRow(c.Id, c.LegalName, c.District, c.NaceCode, z == null ? null : z.ShortName))
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<QualityFirmRow>(rows, total);
    }

    /// <summary>
    /// Asks the firms of stale streams to update them: one e-mail per stream to each approved member
    /// of its firm, in the member's language, queued on the durable job queue. A stream reminded
    /// less than <see cref="ResourceStream.ReminderInterval"/> ago is not reminded again (the result
    /// says when it was). Each stream's reminder is claimed by one conditional update before its
    /// mail is queued, so two clicks at once send it once.
    /// </summary>
    /// <exception cref="DataQualityRefusedException">The reader may not use the panel.</exception>
    /// <exception cref="NotFoundException">A stream that is not a stale stream of the reader's firms.</exception>
    public async Task<ReminderResult> RemindAsync(IReadOnlyCollection<Guid> streamIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamIds);
        if (streamIds.Count is 0 or > MaxReminders)
        {
            throw new ArgumentOutOfRangeException(nameof(streamIds));
        }

        var scope = await ScopeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var ids = streamIds.Distinct().ToList();
        var stale = await Streams(db, Firms(db, scope, null), QualityFinding.StaleStream, now)
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.CompanyId, s.Direction, s.Description, s.UpdatedAt })
            .ToListAsync(cancellationToken);
        if (ids.FirstOrDefault(id => stale.All(s => s.Id != id)) is var missing && missing != Guid.Empty)
        {
            throw new NotFoundException(nameof(ResourceStream), missing);
        }

        var cutoff = now - ResourceStream.ReminderInterval;
        var queued = new List<Guid>();
        var recent = new List<RecentReminder>();
        foreach (var s in stale)
        {
            // The claim: PostgreSQL re-checks the condition under the row lock, so of two requests
            // at once one sets the time and the other finds it set.
            var won = await db.Streams.Where(x => x.Id == s.Id && (x.LastRemindedAt == null || x.LastRemindedAt <= cutoff))
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LastRemindedAt, now), cancellationToken);
            if (won == 0)
            {
                var at = await db.Streams.Where(x => x.Id == s.Id).Select(x => x.LastRemindedAt).FirstAsync(cancellationToken);
                recent.Add(new RecentReminder(s.Id, at ?? now));
                continue;
            }

            await QueueReminderAsync(db, s.CompanyId, s.Direction, s.Description, s.UpdatedAt, cancellationToken);
            queued.Add(s.Id);
        }

        return new ReminderResult(queued, recent);
    }

    private async Task QueueReminderAsync(IAppDbContext db, Guid companyId, StreamDirection direction, string description, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        var members = await directory.ResolveAsync(new NoticeAudience([companyId], []), cancellationToken);
        if (members.Count == 0)
        {
            return;
        }

        var emails = await directory.EmailsAsync([.. members], cancellationToken);
        var languages = await db.NotificationPreferences.AsNoTracking().Where(p => members.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Language, cancellationToken);
        var link = options.Value.BaseUrl.TrimEnd('/') + "/companies/" + companyId.ToString();
        foreach (var (userId, to) in emails)
        {
            jobs.QueueMail(ReminderMail(to, languages.GetValueOrDefault(userId) ?? "tr", direction, description, updatedAt, link));
        }
    }

    /// <summary>The reminder e-mail in a two-letter language (Turkish unless English).</summary>
    internal static OutgoingMail ReminderMail(string to, string language, StreamDirection direction, string description, DateTimeOffset updatedAt, string link)
    {
        var day = updatedAt.ToOffset(TurkeyTime.Offset).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var body = new StringBuilder();
        if (language == "en")
        {
            var what = direction == StreamDirection.Offer ? "offer" : "need";
            body.AppendLine(CultureInfo.InvariantCulture, $"Your {what} \"{description}\" has not been updated since {day}.")
                .AppendLine("Please check that it is still current: update its quantity and dates, or close it if it is no longer available.")
                .AppendLine().AppendLine(link).AppendLine()
                .Append("This reminder was sent by your organised industrial zone's staff through IzmirSymbiosis.");
            return new OutgoingMail(to, "IzmirSymbiosis: Please update your stream", body.ToString());
        }

        var kind = direction == StreamDirection.Offer ? "teklifiniz" : "ihtiyacınız";
        body.AppendLine(CultureInfo.InvariantCulture, $"\"{description}\" {kind} {day} tarihinden bu yana güncellenmedi.")
            .AppendLine("Lütfen hâlâ geçerli olup olmadığını kontrol edin: miktarını ve tarihlerini güncelleyin ya da artık yoksa kapatın.")
            .AppendLine().AppendLine(link).AppendLine()
            .Append("Bu hatırlatma, organize sanayi bölgenizin personeli tarafından IzmirSymbiosis üzerinden gönderildi.");
        return new OutgoingMail(to, "IzmirSymbiosis: Akışınızı güncelleyin", body.ToString());
    }

    private async Task<ReadScope> ScopeAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return AccessPolicy.MayReviewDataQuality(user)
            ? AccessPolicy.ScopeOf(user) with { OwnCompany = null }
            : throw new DataQualityRefusedException("DataQuality.NotAllowed");
    }

    private static IQueryable<Company> Firms(IAppDbContext db, ReadScope scope, int? zoneId)
    {
        var firms = db.Companies.AsNoTracking();
        if (!scope.All)
        {
            var zones = scope.Zones.ToList();
            firms = firms.Where(c => c.ZoneId != null && zones.Contains(c.ZoneId.Value));
        }

        return zoneId is { } z ? firms.Where(c => c.ZoneId == z) : firms;
    }

    private static IQueryable<ResourceStream> Streams(IAppDbContext db, IQueryable<Company> firms, QualityFinding finding, DateTimeOffset now)
    {
        var ids = firms.Select(c => c.Id);
        var streams = db.Streams.AsNoTracking().Where(s => ids.Contains(s.CompanyId));
        if (finding == QualityFinding.StreamWithoutCode)
        {
            return streams.Where(s => s.Status != StreamStatus.Closed && s.Kind == ResourceKind.Material && s.EwcCode == null && s.EwcPrefix == null);
        }

        var staleBefore = now - ResourceStream.StaleAfter;
        return streams.Where(s => s.Status != StreamStatus.Closed && s.UpdatedAt <= staleBefore);
    }

    private static IQueryable<Company> FirmsWith(IAppDbContext db, IQueryable<Company> firms, QualityFinding finding) =>
        finding == QualityFinding.FirmWithoutLocation
            ? firms.Where(c => c.Latitude == null || c.Longitude == null)
            : firms.Where(c => !db.NaceActivities.Any(n => n.Code == c.NaceCode && n.Level == 4));
}

/// <summary>The reader may not use the data quality panel (firm users, anonymous visitors).</summary>
public sealed class DataQualityRefusedException(string reasonKey) : Exception(reasonKey)
{
    /// <summary>Resource key of the reason.</summary>
    public string ReasonKey { get; } = reasonKey;
}
