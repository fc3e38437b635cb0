namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>What the app writes at run time (mail with reset and invitation links, logs) never gets committed.</summary>
public sealed class GitIgnoreTests
{
    [Theory]
    [InlineData("src/IzmirSymbiosis.Web/mail/20260101120000000-firma_demo.izmirsym.org.txt", true)]
    [InlineData("src/IzmirSymbiosis.Web/mail/firma_demo.izmirsym.org.last-link", true)]
    [InlineData("mail/20260101120000000-admin_example.org.txt", true)]
    [InlineData("src/IzmirSymbiosis.Web/logs/izmirsym-20260101.log", true)]
    [InlineData("logs/izmirsym-20260101.log", true)]
    [InlineData("src/IzmirSymbiosis.Web/App_Data/documents/3f/3fa2c4e1d5b6a7980123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("src/IzmirSymbiosis.Web/Program.cs", false)]
    [InlineData("src/IzmirSymbiosis.Web/Security/FileEmailSender.cs", false)]
    public async Task GitIgnore_RuntimeFiles_IgnoredAndSourcesNot(string path, bool ignored)
    {
        // Exit code 0: ignored; 1: not ignored.
        var (code, output) = await ChildProcess.RunAsync("git", ["check-ignore", "--no-index", "-q", path], Repository.Root);

        Assert.True(code is 0 or 1, output);
        Assert.Equal(ignored, code == 0);
    }
}
