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

/// <summary>A user's notification settings. A user without a row gets immediate e-mails in Turkish.</summary>
public sealed class NotificationPreference
{
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

    /// <summary>Changes the settings.</summary>
    public void Set(EmailMode email, string? language)
    {
        Email = Common.Guard.Defined(email, nameof(Email));
        Language = language is "en" or "tr" ? language : null;
    }
}
