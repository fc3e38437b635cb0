using System.Text.Json;

namespace IzmirSymbiosis.Cli.Tests;

[Collection(nameof(CliCollection))]
public sealed class SuggestReceiversTests
{
    [Fact]
    public async Task EmptyDescriptionAlone_IsAUsageError_NotAPopularityList()
    {
        var r = await CliRunner.RunAsync("suggest-receivers", "--description", "");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--description", r.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Out);
    }

    [Fact]
    public async Task NoArguments_IsAUsageError()
    {
        var r = await CliRunner.RunAsync("suggest-receivers");

        Assert.Equal(2, r.ExitCode);
    }

    [Theory]
    [InlineData("99.99")]
    [InlineData("ABC")]
    [InlineData("9")]
    public async Task UnknownDonorNace_IsRefused_NeverEchoedAsEvidence(string nace)
    {
        var r = await CliRunner.RunAsync("suggest-receivers", "--ewc", "100102", "--donor-nace", nace);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--donor-nace", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(nace, r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndottedDonorNace_IsReadAsTheDottedClass_AndSaysSo()
    {
        var r = await CliRunner.RunAsync("suggest-receivers", "--ewc", "100102", "--donor-nace", "3511", "--json");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("3511 read as 35.11", r.Error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Contains(doc.RootElement.EnumerateArray().SelectMany(x => x.GetProperty("reasons").EnumerateArray()),
            x => x.GetProperty("tr").GetString()!.Contains("(35.11)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_NonHazardousCode_RowsCarryHazardFlagRCodeAndTurkishTitle()
    {
        var r = await CliRunner.RunAsync("suggest-receivers", "--ewc", "100102", "--description", "uçucu kül", "--json", "--top", "5");

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, x => Assert.False(x.GetProperty("hazardous").GetBoolean()));
        Assert.All(rows, x => Assert.True(x.GetProperty("r_code").ValueKind is JsonValueKind.String or JsonValueKind.Null));
        var cement = rows.Single(x => x.GetProperty("nace").GetString() == "23.51");
        Assert.Equal("R5", cement.GetProperty("r_code").GetString());
        Assert.Equal("Çimento imalatı", cement.GetProperty("title_tr").GetString());
    }

    [Fact]
    public async Task Json_HazardousCode_RowsAreFlaggedAndCarryTheCaveat()
    {
        var r = await CliRunner.RunAsync("suggest-receivers", "--ewc", "130205", "--json");

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, x =>
        {
            Assert.True(x.GetProperty("hazardous").GetBoolean());
            Assert.StartsWith("Tehlikeli atık", x.GetProperty("reasons")[0].GetProperty("tr").GetString(), StringComparison.Ordinal);
        });
        Assert.Contains(rows, x => x.GetProperty("nace").GetString() == "19.20" && x.GetProperty("r_code").GetString() == "R9");
    }

    [Fact]
    public async Task Text_ShowsTurkishTitleAndRoute()
    {
        var r = await CliRunner.RunAsync("suggest-receivers", "--ewc", "100210", "--top", "5");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("[R4]", r.Out, StringComparison.Ordinal);
        Assert.Contains("Geri kazanım yolu", r.Out, StringComparison.Ordinal);
    }
}
