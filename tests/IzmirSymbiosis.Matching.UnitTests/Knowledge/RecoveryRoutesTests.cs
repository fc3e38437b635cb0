using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public sealed class RecoveryRoutesTests
{
    private static readonly string[] s_industrialChapters = ["01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "14", "15", "16", "17", "19", "20"];

    public static TheoryData<int> Rows() => [.. Enumerable.Range(0, RecoveryRoutes.All.Count)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_HasValidCodeClassOperationUsesAndSource(int index)
    {
        var r = RecoveryRoutes.All[index];
        var k = TestData.Knowledge;

        var validWaste = r.Ewc.Length switch
        {
            6 => k.WasteCode(r.Ewc) is not null,
            2 or 4 => k.CategoryTitle(r.Ewc) is not null,
            _ => false,
        };
        Assert.True(validWaste, $"{r.Ewc}: not a code, sub-chapter or chapter of the list of waste");
        Assert.Contains(k.NaceClasses, c => c.Code == r.ReceiverNace);
        Assert.Matches("^R([1-9]|1[0-3])$", r.RCode);
        Assert.False(string.IsNullOrWhiteSpace(r.UseTr));
        Assert.False(string.IsNullOrWhiteSpace(r.UseEn));
        Assert.False(string.IsNullOrWhiteSpace(r.Source));
    }

    [Fact]
    public void Table_CoversTheIndustrialChapters_WithoutDuplicateRows()
    {
        var all = RecoveryRoutes.All;

        Assert.True(all.Count >= 200, $"{all.Count} rows");
        Assert.All(s_industrialChapters, ch => Assert.Contains(all, r => r.Ewc.StartsWith(ch, StringComparison.Ordinal)));
        Assert.Equal(all.Count, all.Select(r => (r.Ewc, r.ReceiverNace, r.RCode)).Distinct().Count());
    }

    [Fact]
    public void Table_HazardousFlag_OnlyOnSubChapterAndChapterRowsOrStarredCodes()
    {
        var k = TestData.Knowledge;

        // A six-digit row marked for hazardous wastes must be a starred code, and a starred code's row says so.
        Assert.All(RecoveryRoutes.All.Where(r => r.Ewc.Length == 6), r => Assert.Equal(k.IsHazardous(r.Ewc), r.AppliesToHazardous));
    }

    [Fact]
    public void Table_StarredCodes_NeverRouteToCropsFeedFoodOrCompost()
    {
        // A hazardous waste goes only to a licensed recovery of its own kind: never to farming, fishing, food,
        // feed or beverages (NACE 01, 03, 10, 11) nor to composting (38.21) (Atık Yönetimi Yönetmeliği; Kompost Tebliği).
        string[] closed = ["01.", "03.", "10.", "11.", "38.21"];

        Assert.All(
            RecoveryRoutes.All.Where(r => r.Ewc.Length == 6 && r.AppliesToHazardous),
            r => Assert.DoesNotContain(closed, c => r.ReceiverNace.StartsWith(c, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("100210", "24.10", 3)]
    [InlineData("100503", "24.43", 3)]
    [InlineData("070511", "23.51", 3)]
    [InlineData("160115", "20.14", 3)]
    [InlineData("100210", "23.51", 3)]
    [InlineData("100102", "23.51", 3)]
    [InlineData("160103", "23.51", 3)]
    [InlineData("100999", "23.51", 1)]
    public void For_Code_FindsRouteAtLevel(string code, string receiver, int level)
    {
        var found = RecoveryRoutes.For(code, TestData.Knowledge.IsHazardous(code)).Where(x => x.Route.ReceiverNace == receiver).Max(x => x.Level);

        Assert.Equal(level, found);
    }

    [Fact]
    public void For_HazardousCode_SkipsSubChapterAndChapterRowsNotMarkedForHazardousWaste()
    {
        // 10 02 13* (hazardous gas-cleaning sludge): the chapter-10 row (23.51, non-hazardous only) must not apply.
        var routes = RecoveryRoutes.For("100213", hazardous: true).ToList();

        Assert.DoesNotContain(routes, x => x.Level < 3 && !x.Route.AppliesToHazardous);
        Assert.Contains(routes, x => x.Level == 3);
    }

    [Theory]
    [InlineData("R5", "diğer inorganik malzemelerin geri dönüşümü")]
    [InlineData("R1", "yakıt")]
    public void Describe_RCode_HasTurkishWords(string code, string expected)
    {
        Assert.Contains(expected, RecoveryRoutes.Describe(code).Tr, StringComparison.Ordinal);
        Assert.StartsWith(code + " — ", RecoveryRoutes.Describe(code).En, StringComparison.Ordinal);
    }
}
