using System.Collections.Concurrent;
using IzmirSymbiosis.Application.Auditing;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Web.Security;

/// <summary>What a password sign-in led to.</summary>
public enum LoginOutcome
{
    /// <summary>Signed in.</summary>
    SignedIn,

    /// <summary>Signed in, but the role needs two-factor authentication that is not set up yet.</summary>
    MustEnrolTwoFactor,

    /// <summary>Password right; the second factor comes next.</summary>
    RequiresTwoFactor,

    /// <summary>Too many failures for this address: locked for a while.</summary>
    LockedOut,

    /// <summary>Wrong address or password (the same answer for both).</summary>
    Failed,
}

/// <summary>
/// Password sign-in that answers the same way, at the same cost, whether or not an account exists:
/// an unknown or disabled address runs the password hasher against a dummy hash (as a wrong password
/// runs it against the real one), gets the same message, and is locked after the same number of
/// failures for the same time (<see cref="UnknownAccountLockout"/>); a locked account runs the
/// hasher too. Every attempt is audited.
/// </summary>
public sealed class PasswordLogin(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    UnknownAccountLockout unknown,
    AuditTrail audit)
{
    /// <summary>Checks the password and signs in (cookie) when it is right.</summary>
    public async Task<LoginOutcome> SignInAsync(string email, string password, bool rememberMe)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.IsDisabled)
        {
            hasher.VerifyHashedPassword(UnknownAccountLockout.DummyUser, unknown.DummyHash(hasher), password ?? string.Empty);
            var locked = unknown.RecordFailure(users.NormalizeEmail(email));
            await audit.WriteAsync(AuditEventTypes.LoginFailed, user?.Id, null, "unknown or disabled account");
            return locked ? LoginOutcome.LockedOut : LoginOutcome.Failed;
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Identity answers a locked account before hashing; hash anyway so the answer takes as long.
            hasher.VerifyHashedPassword(user, user.PasswordHash ?? unknown.DummyHash(hasher), password ?? string.Empty);
            await audit.WriteAsync(AuditEventTypes.LockedOut, user.Id, null, null);
            return LoginOutcome.LockedOut;
        }

        var result = await signIn.PasswordSignInAsync(user, password ?? string.Empty, rememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditEventTypes.LoginSucceeded, user.Id, null, null);
            var mustEnrol = !user.TwoFactorEnabled && (await users.GetRolesAsync(user)).Any(r => Roles.RequireTwoFactor.Contains(r));
            return mustEnrol ? LoginOutcome.MustEnrolTwoFactor : LoginOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return LoginOutcome.RequiresTwoFactor;
        }

        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditEventTypes.LockedOut, user.Id, null, null);
            return LoginOutcome.LockedOut;
        }

        await audit.WriteAsync(AuditEventTypes.LoginFailed, user.Id, null, "wrong password");
        return LoginOutcome.Failed;
    }
}

/// <summary>
/// Failed sign-ins for addresses without an account, counted like Identity counts them for real
/// accounts (<see cref="SecurityOptions.MaxFailedAccessAttempts"/> failures lock the address for
/// <see cref="SecurityOptions.LockoutMinutes"/>), so the lockout page reveals nothing. Kept in
/// memory per instance; an address unseen for a day is forgotten.
/// </summary>
public sealed class UnknownAccountLockout(SecurityOptions options, TimeProvider clock)
{
    /// <summary>Most addresses remembered; the oldest are dropped beyond this.</summary>
    public const int Capacity = 100_000;

    private static readonly TimeSpan s_forgetAfter = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private string? _dummyHash;

    /// <summary>The user a dummy hash is made and checked for.</summary>
    public static AppUser DummyUser { get; } = new() { Id = Guid.Empty, UserName = "nobody" };

    /// <summary>A hash of a random password made by the app's own hasher (same algorithm and cost).</summary>
    public string DummyHash(IPasswordHasher<AppUser> hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        return _dummyHash ??= hasher.HashPassword(DummyUser, Guid.NewGuid().ToString("N"));
    }

    /// <summary>Records a failure; true when the address is (now or still) locked.</summary>
    public bool RecordFailure(string? normalisedEmail)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= Capacity)
        {
            foreach (var stale in _entries.Where(e => now - e.Value.LastSeen > s_forgetAfter || e.Value.LockedUntil is null).Take(Capacity / 10).ToList())
            {
                _entries.TryRemove(stale);
            }
        }

        var entry = _entries.GetOrAdd(normalisedEmail ?? string.Empty, _ => new Entry());
        lock (entry)
        {
            if (now - entry.LastSeen > s_forgetAfter)
            {
                entry.Failures = 0;
            }

            entry.LastSeen = now;
            if (entry.LockedUntil is { } until && until > now)
            {
                return true;
            }

            entry.LockedUntil = null;
            entry.Failures++;
            if (entry.Failures >= options.MaxFailedAccessAttempts)
            {
                // As Identity does: lock, and count again from zero afterwards.
                entry.Failures = 0;
                entry.LockedUntil = now.AddMinutes(options.LockoutMinutes);
                return true;
            }

            return false;
        }
    }

    private sealed class Entry
    {
        public int Failures { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }

        public DateTimeOffset LastSeen { get; set; }
    }
}
