using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Account;

/// <summary>Redirects from statically rendered account pages, refusing open redirects.</summary>
public static class AccountRedirect
{
    /// <summary>A local path for <paramref name="returnUrl"/>, or the home page.</summary>
    public static string Local(string? returnUrl) => Security.LocalUrl.Safe(returnUrl);

    /// <summary>Navigates (a redirect response during static rendering).</summary>
    public static void To(this NavigationManager navigation, string? returnUrl) => navigation.NavigateTo(Local(returnUrl));
}
