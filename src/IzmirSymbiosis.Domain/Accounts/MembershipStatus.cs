namespace IzmirSymbiosis.Domain.Accounts;

/// <summary>Membership state of a firm user in their company.</summary>
public enum MembershipStatus
{
    /// <summary>Not tied to a company (staff, experts, admins).</summary>
    None,

    /// <summary>Signed up; waiting for OIZ staff of the firm's zone (or an admin) to confirm.</summary>
    Pending,

    /// <summary>Confirmed.</summary>
    Active,

    /// <summary>Refused.</summary>
    Rejected,
}
