using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public sealed class LibraryCorrectionsTests
{
    [Fact]
    public void EveryCorrection_NamesALibraryRow_ValidCodes_AReasonAndASource()
    {
        var library = ReferenceDataReader.Load().KnownExchanges.ToDictionary(e => e.ExchangeId, StringComparer.Ordinal);

        Assert.NotEmpty(LibraryCorrections.WasteCodes);
        foreach (var c in LibraryCorrections.WasteCodes.Values)
        {
            Assert.True(library.ContainsKey(c.ExchangeId), $"no library row {c.ExchangeId}");
            Assert.NotEqual(library[c.ExchangeId].EwcCodes, c.Value);
            Assert.All(c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), code => Assert.NotNull(TestData.Knowledge.WasteCode(code)));
            Assert.False(string.IsNullOrWhiteSpace(c.Reason), c.ExchangeId);
            Assert.False(string.IsNullOrWhiteSpace(c.Source), c.ExchangeId);
        }
    }

    [Fact]
    public void CokeOvenGasFiledAsSlag_IsReadWithoutACode_AndIsNoEvidenceForSlag()
    {
        var cog = TestData.Knowledge.Exchanges.Single(e => e.Source.ExchangeId == "31,29,4");
        Assert.Equal("100202", cog.Source.EwcCodes);
        Assert.Empty(cog.EwcCodes);

        var reasons = new LatentReceiverRanker(TestData.Knowledge).Rank(new LatentQuery(["100202"], "çelikhane cürufu"), 20)
            .SelectMany(r => r.Reasons).SelectMany(r => new[] { r.Tr, r.En });
        Assert.DoesNotContain(reasons, r => r.Contains("COG", StringComparison.Ordinal) || r.Contains("BFG", StringComparison.Ordinal));
    }

    [Fact]
    public void PrintedCircuitBoards_AreNotReadAsPolychlorinatedBiphenyls()
    {
        var boards = TestData.Knowledge.Exchanges.Single(e => e.Source.ExchangeId == "45,38,1");

        Assert.Equal(["160214", "160216"], boards.EwcCodes);
    }
}
