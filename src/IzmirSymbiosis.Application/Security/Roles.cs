namespace IzmirSymbiosis.Application.Security;

/// <summary>The platform's roles (DESIGN.md §2).</summary>
public static class Roles
{
    /// <summary>A firm's user, tied to one company.</summary>
    public const string FirmUser = "FirmUser";

    /// <summary>Staff of one or more organised industrial zones.</summary>
    public const string OizStaff = "OizStaff";

    /// <summary>An İZKA symbiosis expert.</summary>
    public const string Expert = "Expert";

    /// <summary>The platform operator.</summary>
    public const string Admin = "Admin";

    /// <summary>All roles.</summary>
    public static readonly IReadOnlyList<string> All = [FirmUser, OizStaff, Expert, Admin];

    /// <summary>Roles that must use two-factor authentication.</summary>
    public static readonly IReadOnlyList<string> RequireTwoFactor = [Expert, Admin];
}
