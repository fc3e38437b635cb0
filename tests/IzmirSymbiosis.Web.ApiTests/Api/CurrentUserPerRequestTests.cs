using System.Net;
using System.Net.Http.Headers;
using IzmirSymbiosis.Application.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// The signed-in user (roles, firm, zones) is read from the database once per HTTP request, however
/// many components and services of a page's prerender ask for it (it was read on every ask: under
/// load, two of an API read's six queries and more of a page's). Counted with a counting wrapper
/// around the real directory, in a passive second host on the fixture's database.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CurrentUserPerRequestTests(ApiFixture fixture) : IAsyncLifetime
{
    private readonly CountingDirectory.Counter _loads = new();
    private WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _app = fixture.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Initialize", "false");
            b.ConfigureTestServices(s =>
            {
                s.RemoveAll<IHostedService>();
                var real = s.Single(d => d.ServiceType == typeof(IUserDirectory));
                s.Remove(real);
                s.Add(new ServiceDescriptor(
                    typeof(IUserDirectory),
                    sp => new CountingDirectory((IUserDirectory)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!), _loads),
                    real.Lifetime));
            });
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task PagePrerenderAndApiRead_EachReadTheUserOnce()
    {
        using var cookie = await fixture.CookieClientAsync("firmA");
        using var page = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        page.DefaultRequestHeaders.Add("Cookie", cookie.DefaultRequestHeaders.GetValues("Cookie"));
        using var api = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token("firmA"));

        _loads.Reset();
        using (var prerender = await page.GetAsync($"/companies/{fixture.FirmA.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, prerender.StatusCode);
            Assert.Contains(fixture.FirmA.Name, WebUtility.HtmlDecode(await prerender.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var pageLoads = _loads.Value;
        _loads.Reset();
        using (var read = await api.GetAsync($"/api/v1/companies/{fixture.FirmA.Id}/matches"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        Assert.Equal((1, 1), (pageLoads, _loads.Value));
    }

    private sealed class CountingDirectory(IUserDirectory inner, CountingDirectory.Counter counter) : IUserDirectory
    {
        public Task<UserContext> LoadAsync(Guid userId, string? securityStamp, CancellationToken cancellationToken = default)
        {
            counter.Add();
            return inner.LoadAsync(userId, securityStamp, cancellationToken);
        }

        public sealed class Counter
        {
            private int _value;

            public int Value => Volatile.Read(ref _value);

            public void Add() => Interlocked.Increment(ref _value);

            public void Reset() => Volatile.Write(ref _value, 0);
        }
    }
}
