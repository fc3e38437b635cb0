using System.ComponentModel.DataAnnotations;

namespace IzmirSymbiosis.Web.Security;

/// <summary>Security switches that differ between development and production.</summary>
public sealed class SecurityOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Security";

    /// <summary>
    /// Secure, <c>__Host-</c> prefixed cookies. Browsers refuse both over plain http, so only
    /// development (http://127.0.0.1) turns this off.
    /// </summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>Failed sign-ins before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedAccessAttempts { get; set; } = 5;

    /// <summary>Lockout length in minutes.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    // Security:AccessTokenLifetimeDays (personal access tokens, default 90) is bound by
    // Application's PersonalAccessTokenOptions, next to the commands that use it.

    /// <summary>Sign-in, two-factor, sign-up and password-reset posts allowed per client address per minute.</summary>
    [Range(1, 1_000_000)]
    public int AccountPostsPerMinute { get; set; } = 10;
}
