namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// Settings are checked when the app or the izmirsym tool starts: a wrong value stops it with the
/// key named; the tool reads the app's configuration.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class SettingsValidationTests(PublishedApp published)
{
    [Theory]
    [InlineData("Matching__MinScore", "500", "MinScore")]
    [InlineData("Security__AccessTokenLifetimeDays", "0", "AccessTokenLifetimeDays")]
    [InlineData("Security__LockoutMinutes", "0", "LockoutMinutes")]
    [InlineData("Mail__PickupDirectory", "", "PickupDirectory")]
    [InlineData("Documents__Folder", "wwwroot/belgeler", "Documents:Folder must be outside the web root")]
    [InlineData("Documents__MaxBytes", "0", "MaxBytes")]
    [InlineData("Introductions__ExpiryDays", "0", "ExpiryDays")]
    public async Task App_InvalidSetting_ExitsNonZeroWithTheKeyNamed(string key, string value, string named)
    {
        var database = await published.NewDatabaseAsync("dep_opt");
        await using var app = published.StartApp("Production", database, ChildProcess.FreePort(), new Dictionary<string, string> { [key] = value });

        var code = await app.WaitForExitAsync();

        Assert.NotEqual(0, code);
        Assert.Contains(named, app.Output, StringComparison.Ordinal);
        Assert.Null(await PublishedApp.ScalarAsync(database, "SELECT to_regclass('companies')::text"));
    }

    [Fact]
    public async Task Rematch_InvalidMatchingSetting_RefusedWithTheKeyNamed()
    {
        var database = await published.NewDatabaseAsync("dep_cliopt");
        Assert.Equal(0, (await PublishedApp.RunCliAsync(database, "Production", "migrate")).ExitCode);

        var (code, output) = await PublishedApp.RunCliAsync(database, "Production", new Dictionary<string, string?> { ["Matching__MinScore"] = "500" }, "rematch");

        Assert.Equal(2, code);
        Assert.Contains("MinScore", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rematch_ValidSettings_RunsWithTheAppsConfiguration()
    {
        var database = await published.NewDatabaseAsync("dep_cliopt2");
        Assert.Equal(0, (await PublishedApp.RunCliAsync(database, "Production", "migrate")).ExitCode);

        var (code, output) = await PublishedApp.RunCliAsync(database, "Production", new Dictionary<string, string?> { ["Matching__MinScore"] = "55" }, "rematch");

        Assert.True(code == 0, output);
        Assert.Contains("Re-matched", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_OnlyDefaultConnectionGiven_MigratesThatDatabaseNotTheAppsettingsOne()
    {
        var database = await published.NewDatabaseAsync("dep_clidb");

        // One role for everything, as a developer might: no Migrations string in the environment.
        var (code, output) = await PublishedApp.RunCliAsync(
            database,
            "Production",
            new Dictionary<string, string?> { ["ConnectionStrings__Default"] = database.Migrations, ["ConnectionStrings__Migrations"] = null },
            "migrate");

        Assert.True(code == 0, output);
        Assert.Equal("companies", await PublishedApp.ScalarAsync(database, "SELECT to_regclass('companies')::text"));
    }
}
