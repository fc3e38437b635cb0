using System.Text.Json;
using Hangfire;
using IzmirSymbiosis.Application.Common.Interfaces;
using Microsoft.AspNetCore.DataProtection;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Delivers a queued e-mail through <see cref="IMailDelivery"/>. Messages carry sign-in links, so
/// the job stores them encrypted with the app's Data Protection keys, not as readable arguments.
/// </summary>
public sealed class MailJob(IMailDelivery delivery, IDataProtectionProvider protection)
{
    private const string Purpose = "IzmirSymbiosis.Jobs.Mail";

    /// <summary>The stored form of <paramref name="mail"/>.</summary>
    public static string Protect(IDataProtectionProvider protection, OutgoingMail mail) =>
        protection.CreateProtector(Purpose).Protect(JsonSerializer.Serialize(mail));

    /// <summary>Delivers a message stored by <see cref="Protect"/>.</summary>
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 3600])]
    public Task SendAsync(string protectedMail, CancellationToken cancellationToken)
    {
        var mail = JsonSerializer.Deserialize<OutgoingMail>(protection.CreateProtector(Purpose).Unprotect(protectedMail))
            ?? throw new InvalidOperationException("Empty mail job.");
        return delivery.DeliverAsync(mail, cancellationToken);
    }
}
