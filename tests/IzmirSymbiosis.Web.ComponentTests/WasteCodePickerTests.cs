using IzmirSymbiosis.Application.WasteCodes;
using IzmirSymbiosis.Web.Components.Shared;
using MudBlazor;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// The waste-code picker over the real EWC list and synergy library: found by Turkish words or a
/// code in any form, hazardous codes marked, the sector's typical wastes first, and the chapter tree.
/// </summary>
[Collection(ComponentDatabaseCollection.Name)]
public sealed class WasteCodePickerTests(ComponentDatabaseFixture database) : ComponentTest(database)
{
    private string? _chosen;

    private (IRenderedComponent<MudPopoverProvider> Popovers, IRenderedComponent<WasteCodePicker> Picker) RenderPicker(string? sectorNace = null)
    {
        var popovers = Render<MudPopoverProvider>();
        var picker = Render<WasteCodePicker>(p => p
            .Add(x => x.Label, "Atık kodu")
            .Add(x => x.SectorNace, sectorNace)
            .Add(x => x.CodeChanged, code => _chosen = code));
        return (popovers, picker);
    }

    /// <summary>The codes (digits) the open list offers, in order.</summary>
    private static List<string> Options(IRenderedComponent<MudPopoverProvider> popovers) =>
        [.. popovers.FindAll("[data-testid=waste-option]").Select(o => string.Concat(o.QuerySelector("b")!.TextContent.Where(char.IsAsciiDigit)))];

    private static void Type(IRenderedComponent<WasteCodePicker> picker, string text) => picker.Find("input").Input(text);

    [Fact]
    public void TurkishWords_ListTheCode_AndChoosingItRaisesCodeChanged()
    {
        var (popovers, picker) = RenderPicker();

        Type(picker, "uçucu kül");

        popovers.WaitForAssertion(() => Assert.Contains("100102", Options(popovers)));
        var option = popovers.FindAll("[data-testid=waste-option]").Single(o => o.TextContent.Contains("10 01 02", StringComparison.Ordinal));
        Assert.Contains("Uçucu kömür külü", option.TextContent, StringComparison.Ordinal);
        option.Click();

        picker.WaitForAssertion(() => Assert.Equal("10 01 02", _chosen));
    }

    [Fact]
    public async Task OvertakenSearch_StopsInsteadOfAnsweringLate()
    {
        var (_, picker) = RenderPicker("24.10");
        var func = picker.FindComponent<MudAutocomplete<WasteCodeItem>>().Instance.SearchFunc!;
        async Task<IEnumerable<WasteCodeItem>> search(string text, CancellationToken token) => await func(text, token)! ?? [];
        using var overtaken = new CancellationTokenSource();
        await overtaken.CancelAsync();

        // The list opened (empty text) and a word typed: the opening search must not answer after the typed one.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search(string.Empty, overtaken.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search("cüruf", overtaken.Token));
        Assert.NotEmpty(await search("cüruf", CancellationToken.None));
    }

    [Fact]
    public void CodeWithDashes_FindsTheCode()
    {
        var (popovers, picker) = RenderPicker();

        Type(picker, "10-01-02");

        popovers.WaitForAssertion(() => Assert.Equal(["100102"], Options(popovers)));
    }

    [Fact]
    public void HazardousCode_ShowsTheStarAndTheTehlikeliChip()
    {
        var (popovers, picker) = RenderPicker();

        Type(picker, "10 01 04");

        popovers.WaitForAssertion(() => Assert.Equal(["100104"], Options(popovers)));
        var option = popovers.Find("[data-testid=waste-option]");
        Assert.Contains("10 01 04*", option.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tehlikeli", option.QuerySelector(".mud-chip")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSector_ListsMatchesInCodeOrder_Unmarked()
    {
        var (popovers, picker) = RenderPicker();

        Type(picker, "cüruf");

        // Phosphorous slag (06 09 02) is the first code with the word.
        popovers.WaitForAssertion(() => Assert.Equal("060902", Options(popovers).FirstOrDefault()));
        Assert.Empty(popovers.FindAll("[data-testid=waste-option-typical]"));
    }

    [Fact]
    public void SectorOfTheFirm_PutsTheLibrarysTypicalWastesFirst_Marked()
    {
        var (popovers, picker) = RenderPicker("24.10");

        Type(picker, "cüruf");

        // For iron and steel (24.10) the synergy library's unprocessed slag (10 02 02) comes first.
        popovers.WaitForAssertion(() => Assert.Equal("100202", Options(popovers).FirstOrDefault()));
        Assert.Contains("sektörünüzde sık görülen", popovers.Find("[data-testid=waste-option]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SectorOfTheFirm_OpeningWithNoText_OffersTheTypicalWastes()
    {
        var (popovers, picker) = RenderPicker("35.11");

        picker.Find("input").Focus();

        // Power generation: the library's exchanges give coal fly ash most often.
        popovers.WaitForAssertion(() => Assert.Equal("100102", Options(popovers).FirstOrDefault()));
        Assert.All(popovers.FindAll("[data-testid=waste-option]"), o => Assert.Contains("sektörünüzde sık görülen", o.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ChapterTree_BrowsesChapterSubChapterCode_AndChoosingSetsThePicker()
    {
        var dialogs = Render<MudDialogProvider>();
        var (_, picker) = RenderPicker();

        picker.Find("[data-testid=waste-browse] , button[data-testid=waste-browse]").Click();

        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=waste-tree-chapter]")));
        Assert.Contains("10 ", dialogs.Find("[data-testid=waste-tree-chapter][data-code='10']").TextContent, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll("[data-testid=waste-tree-subchapter]"));

        dialogs.Find("[data-testid=waste-tree-chapter][data-code='10'] .mud-treeview-item-content").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=waste-tree-subchapter][data-code='1001']")));
        Assert.Empty(dialogs.FindAll("[data-testid=waste-tree-code]"));

        dialogs.Find("[data-testid=waste-tree-subchapter][data-code='1001'] .mud-treeview-item-content").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=waste-tree-code][data-code='100104']")));
        var hazardous = dialogs.Find("[data-testid=waste-tree-code][data-code='100104']");
        Assert.Contains("10 01 04*", hazardous.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tehlikeli", hazardous.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Tehlikeli", dialogs.Find("[data-testid=waste-tree-code][data-code='100102']").TextContent, StringComparison.Ordinal);

        dialogs.Find("[data-testid=waste-tree-code][data-code='100102']").Click();

        picker.WaitForAssertion(() => Assert.Equal("10 01 02", _chosen));
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=waste-tree-dialog]")));
    }
}
