using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>The database goes away and comes back: the first request afterwards succeeds (transient errors are retried).</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task DatabaseRestarted_FirstRequestsAfterwardSucceed()
    {
        await using var cluster = await DedicatedCluster.StartAsync();
        await cluster.CreateDatabaseAsync("izmirsym");
        await using var app = Start(cluster.ConnectionString("izmirsym"), initialize: true);
        using var client = Client(app, null);
        using var tokenClient = Client(app, null);
        tokenClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "izs_unknown-token");

        // Warm the connection pool, then restart PostgreSQL under the running app: every pooled
        // connection is now dead.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await tokenClient.GetAsync("/api/v1/companies")).StatusCode);
        }

        await cluster.StopAsync();
        await cluster.StartAgainAsync();

        // 401 means the token was looked up in the database and not found.
        using var page = await client.GetAsync("/");
        using var api = await tokenClient.GetAsync("/api/v1/companies");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    private static WebApplicationFactory<Program> Start(string connection, bool initialize = false)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            // Development: the environment that would show the developer exception page.
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Default", connection);
            b.UseSetting("Database:Initialize", initialize ? "true" : "false");
            b.UseSetting("Database:SeedDemo", "false");
        });
        factory.StartServer();
        return factory;
    }

    private static HttpClient Client(WebApplicationFactory<Program> app, string? language)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }
}
