using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>
/// A firm's sign-up form: checks it and stores it as a pending registration until its e-mail is
/// confirmed; nothing for the firm is created yet. Anyone may send it.
/// </summary>
public sealed class StartSignUpCommand(IIdentityStoreFactory stores, TimeProvider clock)
{
    /// <summary>Longest full name.</summary>
    public const int FullNameMaxLength = PendingRegistration.FullNameMaxLength;

    /// <summary>Most unconfirmed sign-ups kept per address.</summary>
    public const int MaxPendingPerEmail = 5;

    /// <summary>
    /// The checks are the same whether or not the address or the VKN is known (invalid fields are
    /// reported, existing ones never), and the password is hashed in every case, so neither the
    /// answer nor its time tells what exists.
    /// </summary>
    /// <exception cref="ValidationFailedException">A field is invalid (translated per field).</exception>
    public async Task<SignUpStarted> ExecuteAsync(FirmSignUp input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var store = await stores.OpenAsync(cancellationToken);
        var db = store.Db;
        var errors = new ErrorCollector();
        var fullName = input.FullName?.Trim() ?? string.Empty;
        if (fullName.Length == 0)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.FullName), "Account.NameRequired", []));
        }
        else if (fullName.Length > FullNameMaxLength)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.FullName), "Account.NameTooLong", [FullNameMaxLength]));
        }

        var email = input.Email?.Trim() ?? string.Empty;
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > ContactPerson.EmailMaxLength)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.Email), "Contact.EmailFormat", []));
        }

        if (!await store.IsPasswordAcceptableAsync(input.Password ?? string.Empty))
        {
            errors.Add(new FieldError(nameof(FirmSignUp.Password), "Account.PasswordTooShort", [store.RequiredPasswordLength]));
        }

        // The company fields are checked even when the VKN is already registered: skipping them
        // would tell which VKNs exist.
        var vknError = Vkn.Validate(input.TaxNumber, out var vkn);
        if (vknError is not null)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.TaxNumber), vknError, []));
        }

        // With an invalid VKN the other company fields are still checked, against a valid stand-in.
        var probeVkn = vknError is null ? vkn : string.Create(CultureInfo.InvariantCulture, $"100000000{Vkn.ComputeCheckDigit("100000000")}");
        var company = errors.Try(nameof(FirmSignUp.LegalName), () => new Company(input.LegalName, probeVkn, input.NaceCode, input.District, SizeBand.Small));
        if (company is not null && !await db.NaceActivities.AnyAsync(n => n.Code == company.NaceCode && n.Level == 4, cancellationToken))
        {
            errors.Add(new FieldError(nameof(FirmSignUp.NaceCode), "Company.NaceUnknown", [company.NaceCode]));
        }

        if (input.ZoneId is { } zone && !await db.Zones.AnyAsync(z => z.Id == zone, cancellationToken))
        {
            errors.Add(new FieldError(nameof(FirmSignUp.ZoneId), "Company.ZoneUnknown", []));
        }

        errors.ThrowIfAny();
        var passwordHash = store.HashPassword(input.Password!);
        var normalized = store.NormalizeEmail(email);
        var now = clock.GetUtcNow();
        await db.PendingRegistrations.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        if (await store.FindByEmailAsync(email) is not null)
        {
            return new SignUpStarted(SignUpStart.AccountExists, email, null);
        }

        if (await db.PendingRegistrations.CountAsync(r => r.NormalizedEmail == normalized, cancellationToken) >= MaxPendingPerEmail)
        {
            return new SignUpStarted(SignUpStart.TooMany, email, null);
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.PendingRegistrations.Add(new PendingRegistration(
            email, normalized, fullName, passwordHash, SecretHash.Sha256Hex(token), vkn, company!.LegalName, company.NaceCode, company.District, input.ZoneId, now));
        await db.SaveChangesAsync(cancellationToken);
        return new SignUpStarted(SignUpStart.ConfirmationNeeded, email, token);
    }
}
