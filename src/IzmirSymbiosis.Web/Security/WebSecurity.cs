using System.Threading.RateLimiting;
using IzmirSymbiosis.Application.AccessTokens;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Infrastructure;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Web.Security;

/// <summary>Accounts, cookies, authorization, rate limits and security headers.</summary>
public static class WebSecurity
{
    /// <summary>Account pages whose posts are rate limited.</summary>
    public static readonly string[] RateLimitedPaths =
        ["/account/login", "/account/login-2fa", "/account/2fa", "/account/register", "/account/confirm", "/account/forgot-password", "/account/reset-password"];

    private static bool IsAccountPost(PathString path) =>
        RateLimitedPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Security headers on every response (CSP, nosniff, referrer, framing).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // A configured map tile server (Map:TileUrl) is the one other host pages load images from.
        var tiles = app.ApplicationServices.GetService<Microsoft.Extensions.Options.IOptions<MapOptions>>()?.Value.TileOrigin();
        var images = tiles is null ? "img-src 'self' data:; " : $"img-src 'self' data: {tiles}; ";
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;

                // MudBlazor sets inline styles at run time, hence style-src 'unsafe-inline' (documented in README).
                h.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " + images +
                    "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
                h.XContentTypeOptions = "nosniff";
                h["Referrer-Policy"] = "strict-origin-when-cross-origin";
                h.XFrameOptions = "DENY";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next();
        });
    }

    /// <summary>Registers Identity over PostgreSQL and the one access rule's user source.</summary>
    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var security = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        if (environment.IsDevelopment() && configuration[$"{SecurityOptions.SectionName}:SecureCookies"] is null)
        {
            security.SecureCookies = false;
        }

        // Read at registration (the lockout and rate limits are set up from it), so checked here.
        OptionsCheck.ThrowIfInvalid(security, SecurityOptions.SectionName);
        services.AddSingleton(security);
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart().PostConfigure(o =>
        {
            // Invitation and reset links appear in the development log (they are secrets elsewhere).
            if (environment.IsDevelopment() && configuration[$"{MailOptions.SectionName}:{nameof(MailOptions.LogLinks)}"] is null)
            {
                o.LogLinks = true;
            }
        });
        services.AddHttpContextAccessor();
        services.AddScoped<ActingUser>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddIdentityStores(o =>
            {
                // ASVS 5.0 / NIST 800-63B: length, no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = security.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<TwoFactorSignIn>();
        services.AddSingleton<UnknownAccountLockout>();
        services.AddSingleton<FileEmailSender>();
        services.AddSingleton<Application.Common.Interfaces.IMailDelivery, FileMailDelivery>();
        services.AddSingleton<IEmailSender<AppUser>>(sp => sp.GetRequiredService<FileEmailSender>());
        services.AddSingleton<IAccountMail, AccountMail>();

        // A changed security stamp (sign-out, disable, password change) rejects old cookies quickly.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o => o.Events.OnValidatePrincipal = SessionCheckScope.InOwnScope(o.Events.OnValidatePrincipal));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = security.SecureCookies ? "__Host-izmirsym" : "izmirsym";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);

            // A signed-in user without the role gets 403 (with the friendly status page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.SlidingExpiration = true;
        });
        services.ConfigureExternalCookie(o =>
        {
            o.Cookie.Name = security.SecureCookies ? "__Host-izmirsym-ext" : "izmirsym-ext";
            o.Cookie.SecurePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, o =>
            {
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            });
        }

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = security.SecureCookies ? "__Host-izmirsym-af" : "izmirsym-af";
            o.Cookie.SecurePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorization();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Sign-in, two-factor, sign-up and password-reset posts are limited per client address; the
            // account pages are Razor components, so the limiter picks them by path.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && IsAccountPost(context.Request.Path)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = security.AccountPostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }
}
