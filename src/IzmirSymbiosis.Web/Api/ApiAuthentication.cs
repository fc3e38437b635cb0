using System.Security.Claims;
using System.Text.Encodings.Web;
using IzmirSymbiosis.Application.AccessTokens;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web.Api;

/// <summary>Names of the API's authentication schemes and policy.</summary>
public static class ApiAuthentication
{
    /// <summary>Personal access tokens in <c>Authorization: Bearer</c>.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>The API's scheme: a bearer token when one is presented, else the browser's Identity cookie.</summary>
    public const string Scheme = "Api";

    /// <summary>Authorization policy of every <c>/api</c> endpoint: a signed-in user through <see cref="Scheme"/>.</summary>
    public const string Policy = "Api";

    /// <summary>Whether the request carries a bearer token.</summary>
    public static bool HasBearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith(BearerScheme + " ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a path belongs to the REST API.</summary>
    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Authenticates <c>Authorization: Bearer izs_…</c>: the secret is hashed and looked up among
/// unrevoked tokens of enabled users. The principal carries the same user-id and security-stamp
/// claims as the Identity cookie, so <see cref="ICurrentUser"/> and the access rule work unchanged.
/// An expert or admin without two-factor authentication gets no access through a token.
/// </summary>
internal sealed class PersonalAccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenAuthenticator tokens,
    IUserDirectory directory,
    IOptions<IdentityOptions> identity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Claim with the id of the token that authenticated the request.</summary>
    public const string TokenIdClaimType = "izmirsym:pat";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiAuthentication.HasBearerToken(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()[(ApiAuthentication.BearerScheme.Length + 1)..].Trim();
        var owner = await tokens.AuthenticateAsync(secret, Context.RequestAborted);
        if (owner is null)
        {
            // Never log the presented value: it may be a real secret with a typo.
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }

        var user = await RequestUser.LoadAsync(Context, directory, owner.UserId, owner.SecurityStamp, Context.RequestAborted);
        if (!user.IsAuthenticated || user.MustEnableTwoFactor)
        {
            return AuthenticateResult.Fail("The token's account may not use the API.");
        }

        var claims = identity.Value.ClaimsIdentity;
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(claims.UserIdClaimType, owner.UserId.ToString()),
                new Claim(claims.SecurityStampClaimType, owner.SecurityStamp),
                new Claim(TokenIdClaimType, owner.TokenId.ToString()),
            ],
            Scheme.Name,
            claims.UserNameClaimType,
            claims.RoleClaimType));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Api.Unauthorized");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Api.Forbidden");
}
