namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>Demo accounts (public password, committed authenticator keys) never reach Production.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class ProductionSettingsTests(PublishedApp published)
{
    [Fact]
    public async Task Production_SeedDemoRequested_ExitsNonZeroBeforeTouchingTheDatabase()
    {
        var database = await published.NewDatabaseAsync("dep_refuse");
        await using var app = published.StartApp("Production", database, ChildProcess.FreePort(), new Dictionary<string, string>
        {
            ["Database__Initialize"] = "true",
            ["Database__SeedDemo"] = "true",
        });

        var code = await app.WaitForExitAsync();

        Assert.NotEqual(0, code);
        Assert.Contains("Database:SeedDemo is refused in Production", app.Output, StringComparison.Ordinal);
        Assert.Null(await PublishedApp.ScalarAsync(database, "SELECT to_regclass('users')::text"));
    }

    [Fact]
    public async Task Staging_SeedDemo_DemoLoginsAndKeysNotPrinted()
    {
        var database = await published.NewDatabaseAsync("dep_staging");
        var port = ChildProcess.FreePort();
        await using var app = published.StartApp("Staging", database, port, new Dictionary<string, string>
        {
            ["Database__Initialize"] = "true",
            ["Database__SeedDemo"] = "true",
        });

        await PublishedApp.WaitUntilReadyAsync(app, port);

        Assert.Contains("demo accounts exist; their logins are printed in Development only", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Izmir-Demo-Parola-2026", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("KRUGKIDROVUWG2ZAMJZG653OEBTG66BA", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_SeedDemoInProduction_Refused()
    {
        var database = await published.NewDatabaseAsync("dep_cli_demo");

        var (code, output) = await PublishedApp.RunCliAsync(database, "Production", "seed", "--demo");

        Assert.NotEqual(0, code);
        Assert.Contains("--demo is refused in Production", output, StringComparison.Ordinal);
        Assert.Null(await PublishedApp.ScalarAsync(database, "SELECT to_regclass('users')::text"));
    }
}
