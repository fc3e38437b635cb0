using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Notifications;

/// <summary>A notice as its recipient sees it.</summary>
public sealed record NotificationView(
    Guid Id, string Kind, SubjectKind Subject, Guid SubjectId, string Link, string TitleTr, string TitleEn, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    /// <summary>The text in a two-letter language (Turkish unless English is asked for).</summary>
    public string Title(string language) => language == "en" ? TitleEn : TitleTr;
}

/// <summary>A user's notification settings.</summary>
/// <param name="Email">Immediate, daily digest or off.</param>
/// <param name="Language">Language of e-mails (<c>tr</c> or <c>en</c>).</param>
public sealed record NotificationSettings(EmailMode Email, string Language);

/// <summary>A user's weekly match digest settings.</summary>
/// <param name="Weekly">Whether the weekly e-mail of new matches is on.</param>
/// <param name="Threshold">Lowest score (0–100) it lists.</param>
public sealed record MatchDigestSettings(bool Weekly, int Threshold);

/// <summary>
/// The signed-in user's own notices and settings. A notice belongs to its recipient only: another
/// user's id is "not found", whoever asks.
/// </summary>
public sealed class NotificationService(IAppDbContextFactory contexts, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>One page of the user's notices, newest first.</summary>
    public async Task<PagedResult<NotificationView>> ListAsync(PageRequest request, bool unreadOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        var userId = await UserIdAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId && (!unreadOnly || n.ReadAt == null));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip(request.Skip).Take(request.Take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Subject, n.SubjectId, n.Link, n.TitleTr, n.TitleEn, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<NotificationView>(items, total);
    }

    /// <summary>How many notices the user has not read (0 when nobody is signed in).</summary>
    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (user.UserId is not { } userId)
        {
            return 0;
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Marks one of the user's notices read; returns its link.</summary>
    /// <exception cref="NotFoundException">No such notice of this user.</exception>
    public async Task<string> MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var notice = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken)
            ?? throw new NotFoundException(nameof(Notification), id);
        notice.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return notice.Link;
    }

    /// <summary>Marks all the user's notices read; returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>The user's settings (immediate e-mail in Turkish until they change them).</summary>
    public async Task<NotificationSettings> GetSettingsAsync(CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var p = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == userId, cancellationToken);
        return new NotificationSettings(p?.Email ?? EmailMode.Immediate, p?.Language ?? "tr");
    }

    /// <summary>Saves the user's settings.</summary>
    /// <exception cref="ValidationFailedException">An undefined mode or a language other than tr/en.</exception>
    public async Task SetSettingsAsync(NotificationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new ErrorCollector();
        errors.Try(nameof(NotificationSettings.Email), () => Guard.Defined(settings.Email, nameof(NotificationSettings.Email)));
        if (settings.Language is not ("tr" or "en"))
        {
            errors.Add(new FieldError(nameof(NotificationSettings.Language), "Notifications.LanguageUnknown", []));
        }

        errors.ThrowIfAny();
        var userId = await UserIdAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var p = await db.NotificationPreferences.FirstOrDefaultAsync(x => x.UserId == userId, cancellationToken);
        if (p is null)
        {
            db.NotificationPreferences.Add(new NotificationPreference(userId, settings.Email, settings.Language));
        }
        else
        {
            p.Set(settings.Email, settings.Language);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The user's weekly match digest settings (off, threshold 60, until they change them).</summary>
    public async Task<MatchDigestSettings> GetMatchDigestAsync(CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var p = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == userId, cancellationToken);
        return new MatchDigestSettings(p?.WeeklyMatchDigest ?? false, p?.MatchDigestThreshold ?? NotificationPreference.DefaultDigestThreshold);
    }

    /// <summary>Saves the user's weekly match digest settings; switching it on starts it now.</summary>
    /// <exception cref="ValidationFailedException">A threshold outside 0–100 (field <c>Threshold</c>).</exception>
    public async Task SetMatchDigestAsync(MatchDigestSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var userId = await UserIdAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var p = await db.NotificationPreferences.FirstOrDefaultAsync(x => x.UserId == userId, cancellationToken);
        if (p is null)
        {
            p = new NotificationPreference(userId, EmailMode.Immediate, null);
            db.NotificationPreferences.Add(p);
        }

        var errors = new ErrorCollector();
        errors.Try(nameof(MatchDigestSettings.Threshold), () => p.SetMatchDigest(settings.Weekly, settings.Threshold, clock.GetUtcNow()));
        errors.ThrowIfAny();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid> UserIdAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return user.UserId ?? throw new NotFoundException(nameof(Notification), Guid.Empty);
    }
}
