using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.PersonalData;

/// <summary>
/// KVKK m.11 erasure, by an admin (<see cref="AccessPolicy.MayAdministerAccounts"/>): the person's
/// contact entries leave every company, their unconfirmed sign-ups and access tokens are deleted,
/// and their account is anonymised in place (see <see cref="IIdentityStore.AnonymiseAsync"/>). One
/// transaction with a <see cref="AuditEventTypes.DataErased"/> row holding ids and counts only. The
/// account row itself stays, so audit rows and history that point at its id keep pointing at something.
/// </summary>
public sealed class ErasePersonalDataCommand(IIdentityStoreFactory stores, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Display name of an erased account.</summary>
    public const string ErasedDisplayName = "Silinmiş kullanıcı";

    /// <exception cref="NotFoundException">Not an admin, or nothing is held under this e-mail.</exception>
    public async Task<PersonalDataErasure> ExecuteAsync(string email, CancellationToken cancellationToken = default)
    {
        var admin = await currentUser.GetAsync(cancellationToken);
        PersonalDataRules.EnsureAdmin(admin);
        var address = PersonalDataRules.NormaliseEmail(email);
        await using var store = await stores.OpenAsync(cancellationToken);
        var db = store.Db;
        return await db.InTransactionAsync(
            async () =>
            {
                var user = await store.FindByEmailAsync(address);
                var companies = await PersonalDataRules.CompaniesWithContactAsync(db, address, tracking: true, cancellationToken);
                var removed = 0;
                foreach (var company in companies)
                {
                    var keep = company.Contacts.Where(p => !PersonalDataRules.SameEmail(p.Email, address)).ToList();
                    removed += company.Contacts.Count - keep.Count;
                    company.SetContacts(keep);
                }

                // Unconfirmed sign-ups under the address hold a name and an address too.
                var normalized = store.NormalizeEmail(address);
                var pending = await db.PendingRegistrations.Where(r => r.NormalizedEmail == normalized).ExecuteDeleteAsync(cancellationToken);
                if (user is null && removed == 0 && pending == 0)
                {
                    throw new NotFoundException("Person", Guid.Empty);
                }

                await db.SaveChangesAsync(cancellationToken);
                if (user is not null)
                {
                    // Personal access tokens are credentials with names the person chose.
                    await db.PersonalAccessTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
                    await store.AnonymiseAsync(user.Id, ErasedDisplayName);
                }

                db.AuditEvents.Add(new AuditEvent(AuditEventTypes.DataErased, admin.UserId, user?.Id, PersonalDataRules.Summary(user is null ? 0 : 1, removed, companies), clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                return new PersonalDataErasure(user is null ? 0 : 1, removed);
            },
            cancellationToken);
    }
}
