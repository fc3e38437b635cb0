using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class StreamStoreTests
{
    private static StreamStore NewStore() => new(new StreamPreparer(TestData.Knowledge, new MatchingOptions()));

    [Fact]
    public void Remove_ThenAdd_ReusesTheFreedSlot()
    {
        var store = NewStore();
        var c = TestData.Company("23.51", TestData.Aliaga);
        store.SetCompany(c);
        var first = store.Add(TestData.Offer(c, "100101", "uçucu kül"));
        var second = store.Add(TestData.Offer(c, "100102", "taban külü"));

        store.Remove(first.Source.Id);
        var third = store.Add(TestData.Need(c, "100101", "uçucu kül"));

        Assert.Equal(first.Slot, third.Slot);
        Assert.Equal(2, store.SlotCount);
        Assert.Equal(2, store.Count);
        Assert.Same(third, store.At(third.Slot));
        Assert.Equal(third.Hot.CodeInt, store.Hot(third.Slot).CodeInt);
        Assert.Equal([second.Source.Id], store.Offers().Select(o => o.Source.Id));
        Assert.Equal([third.Source.Id], store.Needs().Select(n => n.Source.Id));
    }

    [Fact]
    public void Add_UnknownCompany_Throws()
    {
        var store = NewStore();
        var stranger = TestData.Company("23.51", TestData.Aliaga);

        Assert.Throws<ArgumentException>(() => store.Add(TestData.Offer(stranger, "100101", "uçucu kül")));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void HasActiveNeed_CountsNeedsUntilTheLastLeaves()
    {
        var store = NewStore();
        var c = TestData.Company("23.51", TestData.Aliaga);
        store.SetCompany(c);
        var a = store.Add(TestData.Need(c, "100101", "uçucu kül"));
        var b = store.Add(TestData.Need(c, "100102", "taban külü"));
        store.Add(TestData.Offer(c, "101208", "kırık tuğla"));

        store.Remove(a.Source.Id);
        Assert.True(store.HasActiveNeed(c.Id));
        store.Remove(b.Source.Id);
        Assert.False(store.HasActiveNeed(c.Id));
    }

    [Fact]
    public void SetCompany_NewDivision_MovesTheCompanyBetweenDivisions()
    {
        var store = NewStore();
        var c = TestData.Company("23.51", TestData.Aliaga);
        store.SetCompany(c);

        store.SetCompany(c with { NaceCode = "24.10" });

        Assert.DoesNotContain(c.Id, store.CompaniesInDivision("23"));
        Assert.Contains(c.Id, store.CompaniesInDivision("24"));
    }
}
