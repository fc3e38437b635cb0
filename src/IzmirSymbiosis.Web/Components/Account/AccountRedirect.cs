using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Account;

/// <summary>Redirects from statically rendered account pages, refusing open redirects.</summary>
public static class AccountRedirect
{
    /// <summary>A local path for <paramref name="returnUrl"/>, or the home page.</summary>
    public static string Local(string? returnUrl) =>
        returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal)
            ? r
            : "/";

    /// <summary>Navigates (a redirect response during static rendering).</summary>
    public static void To(this NavigationManager navigation, string? returnUrl) => navigation.NavigateTo(Local(returnUrl));
}
