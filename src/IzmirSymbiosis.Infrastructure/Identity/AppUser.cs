using IzmirSymbiosis.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>A platform account. E-mail and name are personal data under KVKK: never log them.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    /// <summary>Full name shown in the UI.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The firm of a firm user.</summary>
    public Guid? CompanyId { get; set; }

    /// <summary>Membership state of a firm user.</summary>
    public MembershipStatus Membership { get; set; }

    /// <summary>Zones an OIZ staff member works for.</summary>
    public List<int> ZoneIds { get; set; } = [];

    /// <summary>Disabled accounts cannot sign in and lose their open sessions.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
