using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// docker-compose.yml, checked by the compose tool itself (`config` validates and prints the
/// resolved file; no Docker engine needed). The apps it describes are the ones ClusterTests runs
/// without Docker: two Production instances, two roles, behind the TLS proxy they trust.
/// </summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task Config_ComposeFile_TwoProductionInstancesAsTheAppRoleBehindTheTlsProxyOnly()
    {
        var (code, output) = await ComposeConfigAsync();

        Assert.True(code == 0, output);
        var proxy = Service(output, "proxy");
        foreach (var name in new[] { "app-a", "app-b" })
        {
            var app = Service(output, name);
            Assert.Contains("ASPNETCORE_ENVIRONMENT: Production", app, StringComparison.Ordinal);
            Assert.DoesNotContain("SeedDemo", app, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings__Default: Host=db;Database=izmirsym;Username=izmirsym_app;", app, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings__Migrations: Host=db;Database=izmirsym;Username=izmirsym_owner;", app, StringComparison.Ordinal);
            Assert.DoesNotContain("ports:", app, StringComparison.Ordinal);

            // Uploaded documents on one volume for both; the keys are in the database, not in a volume.
            Assert.Contains("appdata:/data", app, StringComparison.Ordinal);
            Assert.DoesNotContain(".aspnet", app, StringComparison.Ordinal);

            // The one address the app trusts for X-Forwarded-* is the proxy's.
            var trusted = Regex.Match(app, @"Proxy__KnownProxies__0: (\S+)").Groups[1].Value;
            Assert.Contains($"ipv4_address: {trusted}", proxy, StringComparison.Ordinal);
            Assert.Contains($"{name}:8080", proxy, StringComparison.Ordinal);
        }

        // One instance migrates, after the roles exist; the other waits until it is ready.
        Assert.Contains("service_completed_successfully", Service(output, "app-a"), StringComparison.Ordinal);
        Assert.Contains("Database__Initialize: \"true\"", Service(output, "app-a"), StringComparison.Ordinal);
        Assert.Contains("Database__Initialize: \"false\"", Service(output, "app-b"), StringComparison.Ordinal);
        Assert.Contains("service_healthy", Service(output, "app-b"), StringComparison.Ordinal);

        Assert.Contains("image: nginx:", proxy, StringComparison.Ordinal);
        Assert.Contains("8443", proxy, StringComparison.Ordinal);
        Assert.Contains("deploy/nginx/izmirsym-cluster.conf.template:/etc/nginx/templates/default.conf.template", proxy, StringComparison.Ordinal);
        Assert.Contains("deploy/nginx/10-izmirsym-cert.sh:/docker-entrypoint.d/10-izmirsym-cert.sh", proxy, StringComparison.Ordinal);

        var setup = Service(output, "db-setup");
        Assert.Contains("/izmirsym/setup.sh", setup, StringComparison.Ordinal);
        Assert.DoesNotContain("ports:", Service(output, "db"), StringComparison.Ordinal);
    }

    /// <summary>`docker-compose config` (Debian's docker-compose), else `docker compose config`.</summary>
    private static async Task<(int ExitCode, string Output)> ComposeConfigAsync()
    {
        var v1 = new[] { "/usr/bin/docker-compose", "/usr/local/bin/docker-compose" }.FirstOrDefault(File.Exists);
        if (v1 is not null)
        {
            return await ChildProcess.RunAsync(v1, ["-f", "docker-compose.yml", "config"], Repository.Root);
        }

        var docker = new[] { "/usr/bin/docker", "/usr/local/bin/docker" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Neither docker-compose nor docker is installed (scripts/test.sh installs Debian's docker-compose).");
        return await ChildProcess.RunAsync(docker, ["compose", "-f", "docker-compose.yml", "config"], Repository.Root);
    }

    /// <summary>The lines of one service's block in the resolved file.</summary>
    private static string Service(string config, string name)
    {
        var lines = config.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == $"  {name}:");
        Assert.True(start >= 0, $"service {name} not found in:\n{config}");
        var block = lines.Skip(start + 1).TakeWhile(l => l.Length == 0 || l.StartsWith("   ", StringComparison.Ordinal));
        return string.Join('\n', block);
    }
}
