using System.Globalization;
using IzmirSymbiosis.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// The side menu drawn as one component: who sees which item (the groups the AuthorizeViews drew
/// before), which item is marked as the current page, and that it draws no child component.
/// </summary>
public sealed class NavMenuTests : BunitContext
{
    private static readonly string[] s_everyone = ["", "waste-codes", "privacy", "impact"];

    public NavMenuTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
    }

    [Fact]
    public void Anonymous_SeesOnlyThePublicPages_InTurkish()
    {
        AddAuthorization();

        var menu = Render<NavMenu>();

        Assert.Equal(s_everyone, Hrefs(menu));
        Assert.Equal("Ana sayfa", menu.Find("a[href='']").TextContent);
    }

    [Theory]
    [InlineData("FirmUser", "exchanges", "exchanges/review")]
    [InlineData("Expert", "exchanges/review", "staff/memberships")]
    [InlineData("OizStaff", "staff/memberships", "exchanges/review")]
    [InlineData("Admin", "admin/personal-data", "exchanges/review")]
    public void EachRole_SeesItsOwnGroups(string role, string sees, string doesNotSee)
    {
        AddAuthorization().SetAuthorized("someone@demo.izmirsym.org").SetRoles(role);

        var hrefs = Hrefs(Render<NavMenu>());

        Assert.Contains(sees, hrefs);
        Assert.DoesNotContain(doesNotSee, hrefs);
        Assert.Contains("matches", hrefs);
        Assert.Equal(s_everyone[1..], hrefs[^3..]);
    }

    [Theory]
    [InlineData("exchanges/review", "exchanges/review")]
    [InlineData("exchanges", "exchanges")]
    [InlineData("matches?search=kül", "matches")]
    [InlineData("companies/3f1c0f0e-2b1a-4c55-9a43-1c1f0a2e9b11", "companies")]
    [InlineData("", "")]
    public void TheCurrentPage_IsTheOnlyActiveItem_AndFollowsNavigation(string path, string active)
    {
        AddAuthorization().SetAuthorized("uzman@demo.izmirsym.org").SetRoles("Expert");
        var menu = Render<NavMenu>();

        Services.GetRequiredService<NavigationManager>().NavigateTo(path);

        menu.WaitForAssertion(() =>
        {
            var current = menu.FindAll("a.active");
            Assert.Equal(active, Assert.Single(current).GetAttribute("href"));
            Assert.Equal("page", current[0].GetAttribute("aria-current"));
        });
    }

    [Fact]
    public void TheMenu_DrawsNoChildComponent()
    {
        AddAuthorization().SetAuthorized("admin@demo.izmirsym.org").SetRoles("Admin");

        var menu = Render<NavMenu>();

        Assert.True(Hrefs(menu).Count > 10);
        Assert.Empty(menu.FindComponents<IComponent>());
    }

    private static List<string> Hrefs(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href") ?? "?").ToList();
}
