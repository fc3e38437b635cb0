using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class OfferBlockIndexTests
{
    private readonly StreamStore _store = new(new StreamPreparer(TestData.Knowledge, new MatchingOptions()));
    private readonly OfferBlockIndex _index = new();

    private PreparedStream AddOffer(string code, string text)
    {
        var c = TestData.Company("35.11", TestData.Aliaga);
        _store.SetCompany(c);
        var offer = _store.Add(TestData.Offer(c, code, text));
        _index.Add(offer);
        return offer;
    }

    private PreparedStream Need(string? code, string text)
    {
        // A hospital: no recovery route of the offers' codes leads to its division, so only the code blocks find them.
        var c = TestData.Company("86.10", TestData.Kemalpasa);
        _store.SetCompany(c);
        return _store.Add(TestData.Need(c, code, text));
    }

    private List<int> Probe(PreparedStream need) => [.. _index.Probes(need).SelectMany(s => s).Distinct()];

    [Fact]
    public void Probes_NeedAcceptingASubChapter_FindsItsOffersOnly()
    {
        var inSub = AddOffer("100101", "uçucu kül");
        var otherChapter = AddOffer("170101", "beton kırığı");

        var found = Probe(Need("1001", "termik santral külü"));

        Assert.Contains(inSub.Slot, found);
        Assert.DoesNotContain(otherChapter.Slot, found);
    }

    [Fact]
    public void Remove_OfferIsNoLongerProbed()
    {
        var offer = AddOffer("100101", "uçucu kül");
        var need = Need("100101", "uçucu kül");

        _index.Remove(offer);

        Assert.DoesNotContain(offer.Slot, Probe(need));
    }
}
