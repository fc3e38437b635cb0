using System.ComponentModel.DataAnnotations;
using System.Globalization;
using IzmirSymbiosis.Application.Common.Interfaces;
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
    [Required]
    public string PickupDirectory { get; set; } = "mail";

    /// <summary>Also write links to the log (development only: links are secrets).</summary>
    public bool LogLinks { get; set; }
}

/// <summary>
/// Sends account mail (sign-up confirmation, password reset, invitations) through the durable job
/// queue: each message is queued and <see cref="FileMailDelivery"/> writes it from there, so a
/// message asked for survives a crash and a failed delivery is retried.
/// </summary>
public sealed class FileEmailSender(IBackgroundJobs jobs) : IEmailSender<AppUser>
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

    private Task WriteAsync(string email, string subject, string link)
    {
        jobs.QueueMail(new OutgoingMail(email, subject, link));
        return Task.CompletedTask;
    }

    internal static string Safe(string email) =>
        string.Concat(email.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}

/// <summary>
/// Delivers queued mail as text files in a pickup folder; a real SMTP sender can replace it behind
/// <see cref="IMailDelivery"/>. Links are logged only when configured.
/// </summary>
public sealed class FileMailDelivery(IOptions<MailOptions> options, TimeProvider clock, ILogger<FileMailDelivery> logger) : IMailDelivery
{
    /// <inheritdoc />
    public async Task DeliverAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var dir = options.Value.PickupDirectory;
        Directory.CreateDirectory(dir);
        var stamp = clock.GetUtcNow().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var body = $"To: {mail.To}\nSubject: {mail.Subject}\n\n{mail.Body}\n";
        await File.WriteAllTextAsync(Path.Combine(dir, $"{stamp}-{FileEmailSender.Safe(mail.To)}.txt"), body, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir, FileEmailSender.Safe(mail.To) + ".last-link"), mail.Body, cancellationToken);
        if (options.Value.LogLinks)
        {
            logger.LogInformation("Development mail {Subject}: {Link}", mail.Subject, mail.Body);
        }
        else
        {
            logger.LogInformation("Mail written to {PickupDirectory}", dir);
        }
    }
}
