namespace IzmirSymbiosis.Application.Security;

/// <summary>
/// Who is asking, as the access rule needs it: loaded fresh from the database for each
/// decision, so a role, company or zone change or a disabled account takes effect at once.
/// </summary>
public sealed record UserContext(Guid? UserId, IReadOnlySet<string> Roles, Guid? CompanyId, IReadOnlySet<int> ZoneIds)
{
    /// <summary>The user's role requires two-factor authentication that is not set up yet.</summary>
    public bool MustEnableTwoFactor { get; init; }

    /// <summary>A firm user whose membership is not (or no longer) approved: no firm or market data.</summary>
    public bool AwaitingApproval { get; init; }

    /// <summary>Signed in and allowed to see firm data at all (access rule decides which).</summary>
    public bool MaySeeFirmData => IsAuthenticated && !MustEnableTwoFactor && !AwaitingApproval;

    /// <summary>Nobody signed in (or a disabled account).</summary>
    public static UserContext Anonymous { get; } = new(null, new HashSet<string>(), null, new HashSet<int>());

    /// <summary>Signed in and active.</summary>
    public bool IsAuthenticated => UserId is not null;

    /// <summary>Admin or expert: sees every firm in full.</summary>
    public bool SeesEverything => Roles.Contains(Security.Roles.Admin) || Roles.Contains(Security.Roles.Expert);

    /// <summary>Whether the user has a role.</summary>
    public bool IsIn(string role) => Roles.Contains(role);
}

/// <summary>The signed-in user of the current request or circuit.</summary>
public interface ICurrentUser
{
    /// <summary>The user's context, read from the database now.</summary>
    Task<UserContext> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>Loads a user's roles, company and zones (implemented over the identity store).</summary>
public interface IUserDirectory
{
    /// <summary>
    /// The context of an active user whose session is still valid: <see cref="UserContext.Anonymous"/>
    /// when the user is missing or disabled, or when <paramref name="securityStamp"/> no longer matches
    /// (signed out elsewhere, password changed). An expert or admin without two-factor
    /// authentication gets no roles until it is set up.
    /// </summary>
    Task<UserContext> LoadAsync(Guid userId, string? securityStamp, CancellationToken cancellationToken = default);
}
