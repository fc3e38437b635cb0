using System.Security.Claims;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Layout;

/// <summary>
/// One item of the side menu: where it goes, its icon and label, and who sees it (<see cref="Roles"/>
/// null: everyone; empty: every signed-in user; else any of the roles, as the pages' own rules).
/// </summary>
public sealed record NavItem(string Href, string Icon, string LabelKey, string? TestId = null, string[]? Roles = null, bool MatchAll = false)
{
    /// <summary>Whether the item is the current page, as NavLink decides it: the whole path, or the path and anything under it.</summary>
    public bool IsActive(string relativePath)
    {
        var path = relativePath.Split('?', '#')[0];
        return MatchAll || Href.Length == 0
            ? string.Equals(path, Href, StringComparison.OrdinalIgnoreCase)
            : string.Equals(path, Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(Href + "/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="user"/> sees the item.</summary>
    public bool VisibleTo(ClaimsPrincipal? user) => Roles switch
    {
        null => true,
        [] => user?.Identity?.IsAuthenticated == true,
        _ => user?.Identity?.IsAuthenticated == true && Roles.Any(user.IsInRole),
    };
}

/// <summary>The side menu's items in order.</summary>
public static class NavItems
{
    private static readonly string[] s_signedIn = [];
    private static readonly string[] s_staff = ["OizStaff", "Expert", "Admin"];

    /// <summary>Every item, whoever sees it.</summary>
    public static IReadOnlyList<NavItem> All { get; } =
    [
        new("", Icons.Material.Filled.Home, "Nav.Home", MatchAll: true),
        new("companies", Icons.Material.Filled.Factory, "Nav.Companies", Roles: s_signedIn),
        new("offers", Icons.Material.Filled.Storefront, "Nav.Offers", Roles: s_signedIn),
        new("needs", Icons.Material.Filled.ManageSearch, "Nav.Needs", "nav-needs", s_signedIn),
        new("matches", Icons.Material.Filled.Hub, "Nav.Matches", Roles: s_signedIn),
        new("map", Icons.Material.Filled.Map, "Nav.Map", "nav-map", s_signedIn),
        new("introductions", Icons.Material.Filled.Handshake, "Nav.Introductions", "nav-introductions", s_signedIn),
        new("exchanges", Icons.Material.Filled.Handshake, "ExchangePage.Nav", "nav-exchanges", ["FirmUser", "OizStaff", "Expert", "Admin"], MatchAll: true),
        new("exchanges/review", Icons.Material.Filled.FactCheck, "ExchangePage.NavReview", "nav-review", ["Expert"]),
        new("dashboard", Icons.Material.Filled.Insights, "Nav.Dashboard", "nav-dashboard", s_staff),
        new("zones/quality", Icons.Material.Filled.RuleFolder, "Nav.DataQuality", "nav-data-quality", s_staff),
        new("field/visits", Icons.Material.Filled.DirectionsWalk, "Nav.FieldVisits", "nav-field-visits", s_staff),
        new("field/workshops", Icons.Material.Filled.Groups, "Nav.Workshops", "nav-workshops", s_staff),
        new("staff/import", Icons.Material.Filled.ImportExport, "Nav.Import", "nav-import", s_staff),
        new("staff/memberships", Icons.Material.Filled.HowToReg, "Nav.Memberships", Roles: ["OizStaff", "Admin"]),
        new("admin/users", Icons.Material.Filled.ManageAccounts, "Nav.AdminUsers", Roles: ["Admin"]),
        new("admin/personal-data", Icons.Material.Filled.Policy, "Nav.AdminPersonalData", Roles: ["Admin"]),
        new("waste-codes", Icons.Material.Filled.Recycling, "Nav.WasteCodes"),
        new("privacy", Icons.Material.Filled.PrivacyTip, "Nav.Privacy"),
        new("impact", Icons.Material.Filled.Public, "Nav.PublicImpact", "nav-public-impact"),
    ];

    /// <summary>The items <paramref name="user"/> sees, in order.</summary>
    public static IEnumerable<NavItem> For(ClaimsPrincipal? user) => All.Where(i => i.VisibleTo(user));
}
