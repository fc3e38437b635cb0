using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class NeedBlockIndexTests
{
    private readonly StreamStore _store = new(new StreamPreparer(TestData.Knowledge, new MatchingOptions()));
    private readonly NeedBlockIndex _index = new();

    private PreparedStream AddNeed(string? code, string text, bool permit = false)
    {
        var c = TestData.Company("23.51", TestData.Kemalpasa, permit ? PermitCoverage.AllChapters : null);
        _store.SetCompany(c);
        var need = _store.Add(TestData.Need(c, code, text));
        _index.Add(need);
        return need;
    }

    private PreparedStream Offer(string code, string text)
    {
        var c = TestData.Company("35.11", TestData.Aliaga);
        _store.SetCompany(c);
        return _store.Add(TestData.Offer(c, code, text));
    }

    private List<int> CodeProbe(PreparedStream offer)
    {
        var blocks = new List<SlotList>();
        _index.Probes(offer, phase: 0, blocks);
        return [.. blocks.SelectMany(b => b.Items.ToArray()).Distinct()];
    }

    [Fact]
    public void Probes_CodePhase_FindsNeedsOfTheSameCodeSubChapterAndAcceptedChapter()
    {
        var sameCode = AddNeed("100101", "kül");
        var sameSub = AddNeed("100102", "kül");
        var chapter = AddNeed("10", "termik santral atıkları");
        var other = AddNeed("170101", "beton");

        var found = CodeProbe(Offer("100101", "uçucu kül"));

        Assert.Contains(sameCode.Slot, found);
        Assert.Contains(sameSub.Slot, found);
        Assert.Contains(chapter.Slot, found);
        Assert.DoesNotContain(other.Slot, found);
    }

    [Fact]
    public void Probes_HazardousOffer_ReadsPermitHoldersOnly()
    {
        var withPermit = AddNeed("100104", "kazan tozu", permit: true);
        var withoutPermit = AddNeed("100104", "kazan tozu");

        var found = CodeProbe(Offer("100104", "yağlı uçucu kül"));

        Assert.Equal([withPermit.Slot], found);
        Assert.DoesNotContain(withoutPermit.Slot, found);
    }

    [Fact]
    public void Remove_NeedIsNoLongerProbed()
    {
        var need = AddNeed("100101", "kül");
        var offer = Offer("100101", "uçucu kül");

        _index.Remove(need);

        Assert.Empty(CodeProbe(offer));
    }
}
