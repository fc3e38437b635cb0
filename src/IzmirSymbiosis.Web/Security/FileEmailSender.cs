using System.Globalization;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web.Security;

/// <summary>Where the file mail sender writes.</summary>
public sealed class MailOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Mail";

    /// <summary>Folder for outgoing messages (one text file each).</summary>
    public string PickupDirectory { get; set; } = "mail";

    /// <summary>Also write links to the log (development only: links are secrets).</summary>
    public bool LogLinks { get; set; }
}

/// <summary>
/// Delivers account mail (sign-up confirmation, password reset, invitations) as text files in a pickup folder; a real
/// SMTP sender can replace it behind the same interface. Links are logged only when configured.
/// </summary>
public sealed class FileEmailSender(IOptions<MailOptions> options, TimeProvider clock, ILogger<FileEmailSender> logger) : IEmailSender<AppUser>
{
    /// <summary>The last link written per address (for the UI in development and for tests).</summary>
    public static string? LastLinkFor(string pickupDirectory, string email)
    {
        var file = Path.Combine(pickupDirectory, Safe(email) + ".last-link");
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    /// <inheritdoc />
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        WriteAsync(email, "E-posta adresinizi doğrulayın / Confirm your e-mail", confirmationLink);

    /// <inheritdoc />
    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        WriteAsync(email, "IzmirSymbiosis parola sıfırlama / password reset", resetLink);

    /// <inheritdoc />
    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        WriteAsync(email, "IzmirSymbiosis parola sıfırlama kodu / password reset code", resetCode);

    /// <summary>Tells an address that already has an account that someone tried to sign up with it.</summary>
    public Task SendSignUpAttemptAsync(string email, string passwordResetLink) =>
        WriteAsync(email, "IzmirSymbiosis: bu adresle yeniden kayıt denendi; hesabınız zaten var / someone tried to sign up with this address, which already has an account", passwordResetLink);

    /// <summary>Sends an invitation link.</summary>
    public Task SendInvitationAsync(string email, string link) =>
        WriteAsync(email, "IzmirSymbiosis davetiyesi / invitation", link);

    private async Task WriteAsync(string email, string subject, string link)
    {
        var dir = options.Value.PickupDirectory;
        Directory.CreateDirectory(dir);
        var stamp = clock.GetUtcNow().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var body = $"To: {email}\nSubject: {subject}\n\n{link}\n";
        await File.WriteAllTextAsync(Path.Combine(dir, $"{stamp}-{Safe(email)}.txt"), body);
        await File.WriteAllTextAsync(Path.Combine(dir, Safe(email) + ".last-link"), link);
        if (options.Value.LogLinks)
        {
            logger.LogInformation("Development mail {Subject}: {Link}", subject, link);
        }
        else
        {
            logger.LogInformation("Mail written to {PickupDirectory}", dir);
        }
    }

    private static string Safe(string email) =>
        string.Concat(email.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
