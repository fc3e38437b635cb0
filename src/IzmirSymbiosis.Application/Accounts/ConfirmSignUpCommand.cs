using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>
/// Follows a confirmation link: in one transaction, creates the firm (or, when its VKN was
/// registered meanwhile or before, joins that firm) and the firm-user account with a confirmed
/// e-mail and a membership pending approval by OIZ staff of the firm's zone (or an admin), and
/// removes every pending registration of the address. Only the owner of the mailbox gets here (the
/// link is the authorization), so only they learn that the VKN was already registered.
/// </summary>
public sealed class ConfirmSignUpCommand(IIdentityStoreFactory stores, IBackgroundJobs jobs, TimeProvider clock)
{
    /// <summary>Confirms the sign-up whose link carries <paramref name="token"/>.</summary>
    public async Task<SignUpConfirmation> ExecuteAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return SignUpConfirmation.Invalid;
        }

        var hash = SecretHash.Sha256Hex(token);
        var now = clock.GetUtcNow();
        await using var store = await stores.OpenAsync(cancellationToken);
        var db = store.Db;
        var confirmation = await db.InTransactionAsync(
            async () =>
            {
                var pending = await db.PendingRegistrations.FirstOrDefaultAsync(r => r.TokenHash == hash && r.ExpiresAt > now, cancellationToken);
                if (pending is null)
                {
                    return SignUpConfirmation.Invalid;
                }

                await db.PendingRegistrations.Where(r => r.NormalizedEmail == pending.NormalizedEmail).ExecuteDeleteAsync(cancellationToken);
                if (await store.FindByEmailAsync(pending.Email) is not null)
                {
                    return SignUpConfirmation.AccountExists;
                }

                var companyId = await db.Companies.Where(c => c.TaxNumber == pending.TaxNumber).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
                var outcome = companyId is null ? SignUpConfirmation.CreatedFirm : SignUpConfirmation.JoinedExistingFirm;
                if (companyId is null)
                {
                    var company = new Company(pending.LegalName, pending.TaxNumber, pending.NaceCode, pending.District, SizeBand.Small);
                    company.SetAddress(null, pending.ZoneId);
                    db.Companies.Add(company);

                    // A new firm is a possible receiver of others' offers (latent lists) at once.
                    db.RematchRequests.Add(RematchRequest.ForCompany(company.Id, now));
                    await db.SaveChangesAsync(cancellationToken);
                    companyId = company.Id;
                }

                var userId = Guid.CreateVersion7();
                db.AuditEvents.Add(new AuditEvent(AuditEventTypes.SignedUp, userId, userId, outcome == SignUpConfirmation.CreatedFirm ? "new firm" : "joined existing firm", now));
                await store.CreateAsync(new NewAccount(userId, pending.Email, pending.FullName, pending.PasswordHash, Roles.FirmUser, companyId, MembershipStatus.Pending, now));
                return outcome;
            },
            cancellationToken);
        if (confirmation == SignUpConfirmation.CreatedFirm)
        {
            jobs.RematchSoon();
        }

        return confirmation;
    }
}
