using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// The document the app serves passes a third-party linter: Redocly CLI (version pinned in
/// tests/openapi-lint/package-lock.json, installed with npm ci when missing), recommended rules.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiLintTests(ApiFixture fixture)
{
    private static readonly SemaphoreSlim s_install = new(1, 1);

    [Fact]
    public async Task ServedDocument_RedoclyRecommendedRules_NoErrorsNoWarnings()
    {
        // As a deployment serves it: the server entry is the address the request came to, and the
        // test server's own (localhost) is one the linter rightly warns about.
        using var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://sembiyoz.izmir.test/") });
        var document = await client.GetStringAsync("/openapi/v1.json");
        var file = Path.Combine(Path.GetTempPath(), $"izmirsym-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var lint = await LintAsync(file);
            var report = JsonNode.Parse(lint.Output) ?? throw new InvalidOperationException("Redocly printed no report: " + lint.Errors);
            var problems = string.Join('\n', report["problems"]!.AsArray().Select(p =>
                $"{p!["severity"]} {p["ruleId"]} at {p["location"]?[0]?["pointer"]}: {p["message"]}"));

            Assert.True(report["totals"]!["errors"]!.GetValue<int>() == 0, "Redocly found errors:\n" + problems);
            Assert.True(report["totals"]!["warnings"]!.GetValue<int>() == 0, "Redocly found warnings:\n" + problems);
            Assert.Equal(0, lint.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> LintAsync(string file)
    {
        var folder = LintFolder();
        var cli = Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        await s_install.WaitAsync();
        try
        {
            if (!File.Exists(cli))
            {
                var install = await RunAsync(folder, "npm", "ci", "--no-audit", "--no-fund");
                Assert.True(install.ExitCode == 0, $"npm ci in {folder} failed:\n{install.Output}\n{install.Errors}");
            }
        }
        finally
        {
            s_install.Release();
        }

        return await RunAsync(folder, "node", cli, "lint", file, "--config", Path.Combine(folder, "redocly.yaml"), "--format=json");
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // No telemetry, no update check: the lint reads only the file it is given.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    private static string LintFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "openapi-lint");
            if (File.Exists(Path.Combine(folder, "package.json")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("tests/openapi-lint not found above " + AppContext.BaseDirectory);
    }
}
