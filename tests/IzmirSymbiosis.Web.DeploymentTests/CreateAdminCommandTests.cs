using System.Text.RegularExpressions;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>`izmirsym create-admin`: how a production installation (no demo accounts) gets its first admin.</summary>
[Collection(DeploymentCollection.Name)]
public sealed partial class CreateAdminCommandTests(PublishedApp published)
{
    [Fact]
    public async Task CreateAdmin_NewEmail_CreatesAnAdminWithThePrintedPassword()
    {
        var database = await published.NewDatabaseAsync("dep_admin");
        Assert.Equal(0, (await PublishedApp.RunCliAsync(database, "Production", "migrate")).ExitCode);

        var (code, output) = await PublishedApp.RunCliAsync(database, "Production", "create-admin", "--email", "yonetici@izka.example", "--name", "İlk Yönetici");

        Assert.True(code == 0, output);
        var password = PasswordLine().Match(output).Groups[1].Value;
        Assert.True(password.Length >= 12, output);
        var hash = (string)(await PublishedApp.ScalarAsync(database, "SELECT password_hash FROM users WHERE normalized_email = 'YONETICI@IZKA.EXAMPLE' AND email_confirmed AND NOT two_factor_enabled"))!;
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<AppUser>().VerifyHashedPassword(new AppUser(), hash, password));
        Assert.Equal("Admin", await PublishedApp.ScalarAsync(database, "SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id JOIN users u ON u.id = ur.user_id WHERE u.normalized_email = 'YONETICI@IZKA.EXAMPLE'"));
        Assert.Equal(1L, await PublishedApp.ScalarAsync(database, "SELECT count(*) FROM audit_events WHERE details = 'admin created with izmirsym create-admin'"));
    }

    [Fact]
    public async Task CreateAdmin_EmailTaken_RefusedAndPasswordUnchanged()
    {
        var database = await published.NewDatabaseAsync("dep_admin2");
        Assert.Equal(0, (await PublishedApp.RunCliAsync(database, "Production", "migrate")).ExitCode);
        Assert.Equal(0, (await PublishedApp.RunCliAsync(database, "Production", "create-admin", "--email", "ikinci@izka.example")).ExitCode);
        var before = await PublishedApp.ScalarAsync(database, "SELECT password_hash FROM users");

        var (code, output) = await PublishedApp.RunCliAsync(database, "Production", "create-admin", "--email", "ikinci@izka.example");

        Assert.Equal(1, code);
        Assert.Contains("already exists", output, StringComparison.Ordinal);
        Assert.Equal(before, await PublishedApp.ScalarAsync(database, "SELECT password_hash FROM users"));
    }

    [GeneratedRegex(@"Initial password \(shown only now\): (\S+)")]
    private static partial Regex PasswordLine();
}
