namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>The account mails the use cases send (implemented by the web layer's mail sender).</summary>
public interface IAccountMail
{
    /// <summary>The link that confirms a firm sign-up.</summary>
    Task SendSignUpConfirmationAsync(string email, string link);

    /// <summary>Tells an address that already has an account that someone tried to sign up with it.</summary>
    Task SendSignUpAttemptAsync(string email, string passwordResetLink);

    /// <summary>A password-setting link: a reset, or the first password of an invited person.</summary>
    Task SendPasswordResetAsync(string email, string link);
}
