namespace IzmirSymbiosis.Application.Notifications;

/// <summary>
/// The accounts side of notifications (implemented over the identity tables): who an audience is,
/// and where to mail them. Reads committed data on its own short-lived context.
/// </summary>
public interface INotificationDirectory
{
    /// <summary>
    /// The enabled users of <paramref name="audience"/>: approved members of its companies, OIZ
    /// staff of its zones, active experts (two-factor set up, as the access rule requires) when asked,
    /// and its listed users; each once.
    /// </summary>
    Task<IReadOnlyList<Guid>> ResolveAsync(NoticeAudience audience, CancellationToken cancellationToken = default);

    /// <summary>The e-mail addresses of those of <paramref name="userIds"/> that are enabled and have one.</summary>
    Task<IReadOnlyDictionary<Guid, string>> EmailsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
