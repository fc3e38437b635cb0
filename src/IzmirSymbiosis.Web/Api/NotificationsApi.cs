using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Domain.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>Paging of the notification list (query string).</summary>
/// <param name="Page">Zero-based page.</param>
/// <param name="PageSize">Rows per page (1–200, default 25).</param>
/// <param name="UnreadOnly">Only unread notices.</param>
public sealed record NotificationQuery(int? Page, int? PageSize, bool? UnreadOnly);

/// <summary>How many notices are unread.</summary>
public sealed record UnreadCountResponse(int Count);

/// <summary>How many notices were marked read.</summary>
public sealed record MarkedReadResponse(int Marked);

/// <summary>A user's notification settings.</summary>
public sealed record NotificationSettingsRequest
{
    /// <summary>E-mail: <c>Immediate</c>, <c>DailyDigest</c> or <c>Off</c>.</summary>
    public EmailMode Email { get; init; }

    /// <summary>Language of e-mails: <c>tr</c> or <c>en</c>.</summary>
    public string Language { get; init; } = "tr";
}

/// <summary>
/// <c>/api/v1/notifications</c>: the signed-in user's own notices and settings. Another user's
/// notice id answers 404.
/// </summary>
internal static class NotificationsApi
{
    public static void MapNotificationsApi(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", ListAsync).WithName("ListNotifications")
            .WithSummary("The user's notices, newest first; unreadOnly for the unread ones.")
            .ProducesValidationProblem();
        notifications.MapGet("/unread-count", UnreadAsync).WithName("CountUnreadNotifications")
            .WithSummary("How many of the user's notices are unread.");
        notifications.MapPost("/{id:guid}/read", MarkReadAsync).WithName("MarkNotificationRead")
            .WithSummary("Marks one of the user's notices read.");
        notifications.MapPost("/read-all", MarkAllReadAsync).WithName("MarkAllNotificationsRead")
            .WithSummary("Marks all the user's notices read.");
        notifications.MapGet("/preferences", GetSettingsAsync).WithName("GetNotificationPreferences")
            .WithSummary("The user's e-mail preference (immediate, daily digest or off) and e-mail language.");
        notifications.MapPut("/preferences", SetSettingsAsync).WithName("SetNotificationPreferences")
            .WithSummary("Changes the user's e-mail preference and e-mail language.")
            .ProducesValidationProblem();
    }

    private static async Task<Ok<PagedResult<NotificationView>>> ListAsync([AsParameters] NotificationQuery query, NotificationService notifications, CancellationToken cancellationToken) =>
        TypedResults.Ok(await notifications.ListAsync(new PageRequest(query.Page ?? 0, query.PageSize ?? 25), query.UnreadOnly ?? false, cancellationToken));

    private static async Task<Ok<UnreadCountResponse>> UnreadAsync(NotificationService notifications, CancellationToken cancellationToken) =>
        TypedResults.Ok(new UnreadCountResponse(await notifications.UnreadCountAsync(cancellationToken)));

    private static async Task<NoContent> MarkReadAsync(Guid id, NotificationService notifications, CancellationToken cancellationToken)
    {
        await notifications.MarkReadAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MarkedReadResponse>> MarkAllReadAsync(NotificationService notifications, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MarkedReadResponse(await notifications.MarkAllReadAsync(cancellationToken)));

    private static async Task<Ok<NotificationSettings>> GetSettingsAsync(NotificationService notifications, CancellationToken cancellationToken) =>
        TypedResults.Ok(await notifications.GetSettingsAsync(cancellationToken));

    private static async Task<NoContent> SetSettingsAsync(NotificationSettingsRequest body, NotificationService notifications, CancellationToken cancellationToken)
    {
        await notifications.SetSettingsAsync(new NotificationSettings(body.Email, body.Language), cancellationToken);
        return TypedResults.NoContent();
    }
}
