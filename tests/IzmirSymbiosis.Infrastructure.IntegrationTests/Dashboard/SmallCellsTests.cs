using IzmirSymbiosis.Application.Dashboard;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Dashboard;

/// <summary>
/// The public figures' small-cell rule: a cell with fewer than three firms is hidden, and the hidden
/// cells together (which the total minus the shown cells reveals) must stand for three firms too.
/// </summary>
public sealed class SmallCellsTests
{
    private static readonly Guid[] s_firms = [.. Enumerable.Range(0, 8).Select(_ => Guid.NewGuid())];

    private static IReadOnlySet<Guid> Of(params int[] firms) => firms.Select(i => s_firms[i]).ToHashSet();

    [Fact]
    public void Hidden_EveryCellWithThreeFirms_HidesNothing() =>
        Assert.Empty(SmallCells.Hidden([Of(0, 1, 2), Of(3, 4, 5, 6)]));

    [Fact]
    public void Hidden_OneSmallCell_AlsoHidesTheSmallestOtherSoTheTotalDoesNotGiveItAway()
    {
        // 2025 has two firms; shown alone beside the total, 2026 = total − 2024 − 2025 would reveal it.
        var hidden = SmallCells.Hidden([Of(0, 1, 2, 3), Of(4, 5, 6), Of(7, 0)]);

        Assert.Equal(new HashSet<int> { 2, 1 }, hidden);
    }

    [Fact]
    public void Hidden_TwoSmallCellsWithThreeFirmsTogether_HidesOnlyThem() =>
        Assert.Equal(new HashSet<int> { 1, 2 }, SmallCells.Hidden([Of(0, 1, 2), Of(3, 4), Of(5)]));

    [Fact]
    public void Hidden_TwoSmallCellsOfTheSameTwoFirms_HidesAThirdCell() =>
        Assert.Equal(3, SmallCells.Hidden([Of(0, 1, 2), Of(3, 4, 5), Of(6, 7), Of(6, 7)]).Count);

    [Fact]
    public void Hidden_OnlySmallCells_HidesAll() =>
        Assert.Equal(2, SmallCells.Hidden([Of(0), Of(0, 1)]).Count);
}
