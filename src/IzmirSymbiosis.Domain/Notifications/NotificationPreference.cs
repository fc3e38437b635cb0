namespace IzmirSymbiosis.Domain.Notifications;

/// <summary>How a user wants notices by e-mail.</summary>
public enum EmailMode
{
    /// <summary>One e-mail per notice, soon after it happens (the default).</summary>
    Immediate,

    /// <summary>One summary e-mail a day.</summary>
    DailyDigest,

    /// <summary>No e-mail; in-app only.</summary>
    Off,
}

/// <summary>
/// A user's notification settings. A user without a row gets immediate e-mails in Turkish and no
/// weekly match digest.
/// </summary>
public sealed class NotificationPreference
{
    /// <summary>The digest threshold a user starts with.</summary>
    public const int DefaultDigestThreshold = 60;
    private NotificationPreference()
    {
    }

    /// <summary>Creates settings for a user.</summary>
    public NotificationPreference(Guid userId, EmailMode email, string? language)
    {
        UserId = userId;
        Set(email, language);
    }

    /// <summary>The user.</summary>
    public Guid UserId { get; private set; }

    /// <summary>E-mail mode.</summary>
    public EmailMode Email { get; private set; }

    /// <summary>Two-letter language of e-mails (<c>tr</c> or <c>en</c>); Turkish when null.</summary>
    public string? Language { get; private set; }

    /// <summary>Whether the user gets the weekly e-mail of their firm's new matches.</summary>
    public bool WeeklyMatchDigest { get; private set; }

    /// <summary>Lowest match score (0–100) the weekly digest lists.</summary>
    public int MatchDigestThreshold { get; private set; } = DefaultDigestThreshold;

    /// <summary>
    /// Up to when the weekly digest has covered matches (UTC); the next one lists matches created
    /// after it. Null until the first digest: it then starts from when the digest was switched on.
    /// </summary>
    public DateTimeOffset? MatchDigestCoveredUntil { get; private set; }

    /// <summary>Changes the settings.</summary>
    public void Set(EmailMode email, string? language)
    {
        Email = Common.Guard.Defined(email, nameof(Email));
        Language = language is "en" or "tr" ? language : null;
    }

    /// <summary>
    /// Switches the weekly match digest on or off and sets its score threshold (0–100). Switching it
    /// on starts the digest at <paramref name="now"/>: older matches were never news to it.
    /// </summary>
    public void SetMatchDigest(bool weekly, int threshold, DateTimeOffset now)
    {
        if (threshold is < 0 or > 100)
        {
            throw new Common.DomainException("Notifications.DigestThresholdRange", nameof(MatchDigestThreshold), 0, 100);
        }

        if (weekly && !WeeklyMatchDigest)
        {
            MatchDigestCoveredUntil = now;
        }

        WeeklyMatchDigest = weekly;
        MatchDigestThreshold = threshold;
    }

    /// <summary>Records that a digest covered the matches created up to <paramref name="until"/>.</summary>
    public void DigestCovered(DateTimeOffset until) => MatchDigestCoveredUntil = until;
}
