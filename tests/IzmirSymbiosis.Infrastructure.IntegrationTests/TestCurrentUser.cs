using IzmirSymbiosis.Application.Security;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>
/// The signed-in user for service-level tests. It stands in for the web layer's cookie reading
/// only; the access rule and the database behind it are the real ones.
/// </summary>
public sealed class TestCurrentUser : ICurrentUser
{
    /// <summary>An admin: sees and edits every firm.</summary>
    public static readonly UserContext Admin = new(Guid.NewGuid(), new HashSet<string> { Roles.Admin }, null, new HashSet<int>());

    /// <summary>Who is signed in now.</summary>
    public UserContext User { get; set; } = Admin;

    /// <inheritdoc />
    public Task<UserContext> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(User);

    /// <summary>A firm user of one company.</summary>
    public static UserContext FirmUser(Guid companyId) => new(Guid.NewGuid(), new HashSet<string> { Roles.FirmUser }, companyId, new HashSet<int>());

    /// <summary>OIZ staff of some zones.</summary>
    public static UserContext Staff(params int[] zones) => new(Guid.NewGuid(), new HashSet<string> { Roles.OizStaff }, null, zones.ToHashSet());
}
