using System.Globalization;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>Opens an <see cref="IdentityStore"/> in its own DI scope: a fresh context and <see cref="UserManager{TUser}"/>.</summary>
internal sealed class IdentityStoreFactory(IServiceScopeFactory scopes) : IIdentityStoreFactory
{
    public Task<IIdentityStore> OpenAsync(CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        return Task.FromResult<IIdentityStore>(new IdentityStore(
            scope,
            scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>()));
    }
}

/// <summary>
/// The application's account port over ASP.NET Core Identity. The user manager saves through
/// <see cref="Db"/>, so whatever the use case staged there is saved with the account change.
/// </summary>
internal sealed class IdentityStore(AsyncServiceScope scope, AppDbContext db, UserManager<AppUser> users) : IIdentityStore
{
    public IAppDbContext Db => db;

    public int RequiredPasswordLength => users.Options.Password.RequiredLength;

    public string NormalizeEmail(string email) => users.NormalizeEmail(email);

    public async Task<bool> IsPasswordAcceptableAsync(string password)
    {
        var probe = new AppUser();
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, probe, password)).Succeeded)
            {
                return false;
            }
        }

        return true;
    }

    public string HashPassword(string password) => users.PasswordHasher.HashPassword(new AppUser(), password);

    public async Task<AccountRecord?> FindByEmailAsync(string email) =>
        await users.FindByEmailAsync(email) is { } user ? await RecordAsync(user) : null;

    public async Task<AccountRecord?> FindByIdAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) is { } user ? await RecordAsync(user) : null;

    public async Task CreateAsync(NewAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var user = new AppUser
        {
            Id = account.Id,
            UserName = account.Email,
            Email = account.Email,

            // Both ways in prove the address: a confirmation link or an invitation link.
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            PasswordHash = account.PasswordHash,
            CompanyId = account.CompanyId,
            Membership = account.Membership,
            CreatedAt = account.CreatedAt,
        };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, account.Role));
    }

    public async Task UpdateAsync(Guid userId, AccountChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var user = await RequireAsync(userId);
        if (change.Role is { } role)
        {
            Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
            Check(await users.AddToRoleAsync(user, role.Role));
            user.CompanyId = role.CompanyId;
            user.ZoneIds = [.. role.ZoneIds];
        }

        if (change.Membership is { } membership)
        {
            user.Membership = membership;
        }

        if (change.Disable)
        {
            user.IsDisabled = true;
        }

        Check(await users.UpdateAsync(user));
        await users.UpdateSecurityStampAsync(user);
    }

    public async Task RenewSecurityStampAsync(Guid userId) => await users.UpdateSecurityStampAsync(await RequireAsync(userId));

    public async Task<string> PasswordResetTokenAsync(Guid userId) => await users.GeneratePasswordResetTokenAsync(await RequireAsync(userId));

    public Task PasswordResetTokenForNobodyAsync() =>
        users.GeneratePasswordResetTokenAsync(new AppUser { Id = Guid.NewGuid(), SecurityStamp = Guid.NewGuid().ToString("N") });

    public async Task<PasswordResetResult> ResetPasswordAsync(Guid userId, string token, string password)
    {
        var user = await RequireAsync(userId);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
            return PasswordResetResult.Succeeded;
        }

        return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? PasswordResetResult.InvalidToken
            : PasswordResetResult.PasswordRejected;
    }

    public async Task AnonymiseAsync(Guid userId, string displayName)
    {
        var user = await RequireAsync(userId);
        var placeholder = string.Create(CultureInfo.InvariantCulture, $"deleted-{user.Id:N}@invalid");
        user.DisplayName = displayName;
        user.UserName = placeholder;
        user.Email = placeholder;
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.IsDisabled = true;

        // Authenticator key and recovery codes are user tokens; logins and claims may name the person too.
        await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync();
        await db.UserLogins.Where(l => l.UserId == user.Id).ExecuteDeleteAsync();
        await db.UserClaims.Where(c => c.UserId == user.Id).ExecuteDeleteAsync();

        // A new stamp ends every open session and circuit; this also saves the user (normalised names included).
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public ValueTask DisposeAsync() => scope.DisposeAsync();

    private async Task<AppUser> RequireAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("The account no longer exists.");

    private async Task<AccountRecord> RecordAsync(AppUser user) => new(
        user.Id,
        user.DisplayName,
        user.Email,
        user.UserName,
        user.EmailConfirmed,
        user.PhoneNumber,
        [.. await users.GetRolesAsync(user)],
        user.CompanyId,
        [.. user.ZoneIds],
        user.Membership,
        user.CreatedAt,
        user.TwoFactorEnabled,
        user.IsDisabled,
        user.LockoutEnd);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
