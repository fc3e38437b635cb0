using System.Security.Claims;
using IzmirSymbiosis.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// The session check runs in a scope of its own: what it resolves (in the app, the sign-in manager, the
/// stores and a database context) is disposed when it ends, not kept by a circuit's connection.
/// </summary>
public sealed class SessionCheckScopeTests
{
    [Fact]
    public async Task WhatTheCheckResolves_IsDisposedWhenItEnds_AndTheRequestKeepsItsOwnServices()
    {
        await using var app = Services();
        await using var request = app.CreateAsyncScope();
        var context = Context(request.ServiceProvider);
        Probe? used = null;

        await SessionCheckScope.InOwnScope(c =>
        {
            used = c.HttpContext.RequestServices.GetRequiredService<Probe>();
            c.RejectPrincipal();
            return Task.CompletedTask;
        })(context);

        Assert.NotNull(used);
        Assert.True(used.Disposed);
        Assert.Same(request.ServiceProvider, context.HttpContext.RequestServices);
        Assert.NotSame(used, request.ServiceProvider.GetRequiredService<Probe>());
        Assert.Null(context.Principal);
    }

    [Fact]
    public async Task ACheckThatFails_StillGivesTheRequestItsServicesBack()
    {
        await using var app = Services();
        await using var request = app.CreateAsyncScope();
        var context = Context(request.ServiceProvider);
        Probe? used = null;

        await Assert.ThrowsAsync<InvalidOperationException>(() => SessionCheckScope.InOwnScope(c =>
        {
            used = c.HttpContext.RequestServices.GetRequiredService<Probe>();
            throw new InvalidOperationException("database down");
        })(context));

        Assert.True(used!.Disposed);
        Assert.Same(request.ServiceProvider, context.HttpContext.RequestServices);
    }

    private static ServiceProvider Services() => new ServiceCollection().AddScoped<Probe>().BuildServiceProvider();

    private static CookieValidatePrincipalContext Context(IServiceProvider requestServices)
    {
        var scheme = new AuthenticationScheme("Identity.Application", null, typeof(CookieAuthenticationHandler));
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "osb")], scheme.Name));
        return new CookieValidatePrincipalContext(
            new DefaultHttpContext { RequestServices = requestServices },
            scheme,
            new CookieAuthenticationOptions(),
            new AuthenticationTicket(principal, scheme.Name));
    }

    private sealed class Probe : IAsyncDisposable
    {
        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
