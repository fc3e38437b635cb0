using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Web.Security;

/// <summary>
/// The application's account mails through the configured Identity mail sender, so pages never see
/// the identity user type the sender is generic over.
/// </summary>
internal sealed class AccountMail(IEmailSender<AppUser> mail, FileEmailSender files) : IAccountMail
{
    public Task SendSignUpConfirmationAsync(string email, string link) =>
        mail.SendConfirmationLinkAsync(new AppUser { Email = email }, email, link);

    public Task SendSignUpAttemptAsync(string email, string passwordResetLink) =>
        files.SendSignUpAttemptAsync(email, passwordResetLink);

    public Task SendPasswordResetAsync(string email, string link) =>
        mail.SendPasswordResetLinkAsync(new AppUser { Email = email }, email, link);
}
