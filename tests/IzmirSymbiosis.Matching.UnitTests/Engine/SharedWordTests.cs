using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

/// <summary>
/// Two descriptions that share a specific word (a name neither the lexicon nor the reference texts
/// know: “toner”, “balata”) get the <see cref="PairScorer.SharedWord"/> text component, and the
/// engine's blocking finds such pairs: full and incremental re-matches equal the all-pairs reference
/// on Turkish regions whose only link is often such a word.
/// </summary>
public class SharedWordTests
{
    private static readonly string[] s_specific = ["toner kartuşu", "balata", "lanolin", "şamot", "perlit", "vinas", "kabartma"];
    private static readonly string[] s_generic = ["üretim", "hammadde", "tesisi", "fabrikası", "geri kazanım", "yıllık", "düzenli", "ihtiyaç", "temiz", "ikincil"];
    private static readonly string[] s_codes = ["080318", "160112", "040221", "161106", "101208", "020799", "120121"];
    private static readonly string[] s_naces = ["33.12", "29.32", "13.10", "23.20", "23.99", "11.01", "25.62", "86.10"];

    [Theory]
    [InlineData("balata", true)]
    [InlineData("kartus", true)]
    [InlineData("uretim", false)] // a common word of descriptions
    [InlineData("hammadde", false)]
    [InlineData("alani", false)] // "depo alanı": the area is not the thing
    [InlineData("hizmeti", false)] // a word of the NACE titles (hizmetleri)
    [InlineData("dolgu", false)] // a word of the waste-code titles
    [InlineData("c:cement", false)] // a concept of the lexicon is no plain word
    [InlineData("pa6", false)] // codes and grades with digits
    [InlineData("abc", false)] // too short
    public void IsSpecificWord(string feature, bool expected) => Assert.Equal(expected, TextAnalyzer.IsSpecificWord(feature));

    [Fact]
    public void SharedSpecificWord_GivesTheSharedWordTextComponent()
    {
        var giver = TestData.Company("82.19", TestData.Aliaga);
        var taker = TestData.Company("33.12", TestData.Kemalpasa);
        var offer = TestData.Offer(giver, null, "Boş toner kartuşu, büro");
        var need = TestData.Need(taker, null, "Toner kartuşu yeniden doldurma ve yenileme atölyesi için boş kartuş, ofis ekipmanı bakımı");
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([giver, taker], [offer, need]);

        engine.RematchAll();

        var m = Assert.Single(engine.MatchesFor(offer.Id));
        Assert.Equal(PairScorer.SharedWord, m.TextSimilarity);
        Assert.Equal("kartuşu", m.SharedWord); // "toner" is in the waste list (08 03 17*), so only the cartridge is a specific word
        Assert.Contains("“kartuşu”", MatchExplainer.Explain(m, new MatchingOptions()).Factors.Single(f => f.Factor == "material").ReasonTr, StringComparison.Ordinal);
        Assert.Equal(engine.RematchAllPairs().Single(), m);
    }

    [Fact]
    public void SeveralSpecificWords_EachMatchNamesTheSharedWordTheOfferWritesFirst()
    {
        var giver = TestData.Company("82.19", TestData.Aliaga);
        var taker = TestData.Company("33.12", TestData.Kemalpasa);
        var offer = TestData.Offer(giver, null, "Balata tozu ve boş kartuşu, büro");
        var cartridges = TestData.Need(taker, null, "Kartuşu yeniden doldurma ve yenileme atölyesi, ofis ekipmanı bakımı");
        var pads = TestData.Need(taker, null, "Balata üretimi için hammadde, yıllık düzenli alım, fabrikası İzmir'de");
        var both = TestData.Need(taker, null, "Kartuşu ve balata yenileme atölyesi, ofis ekipmanı bakımı, yıllık düzenli alım");
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([giver, taker], [offer, cartridges, pads, both]);

        engine.RematchAll();

        // The offer's words are looked up once and kept: each match still names its own shared word.
        var matches = engine.MatchesFor(offer.Id);
        Assert.All(matches, m => Assert.Equal(PairScorer.SharedWord, m.TextSimilarity));
        var words = matches.ToDictionary(m => m.NeedId, m => m.SharedWord);
        Assert.Equal("kartuşu", words[cartridges.Id]);
        Assert.Equal("Balata", words[pads.Id]);
        Assert.Equal("Balata", words[both.Id]);
        Assert.Equal(engine.RematchAllPairs().OrderBy(m => m.NeedId), matches.OrderBy(m => m.NeedId));
    }

    [Fact]
    public void NoSharedSpecificWord_NoTextComponent()
    {
        var giver = TestData.Company("82.19", TestData.Aliaga);
        var taker = TestData.Company("33.12", TestData.Kemalpasa);
        var offer = TestData.Offer(giver, null, "Boş toner kartuşu, büro");
        var need = TestData.Need(taker, null, "Balata üretimi için hammadde, yıllık düzenli alım, fabrikası İzmir'de");
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([giver, taker], [offer, need]);

        engine.RematchAll();

        Assert.Empty(engine.MatchesFor(offer.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void TurkishRegion_FullAndIncremental_EqualAllPairs(int seed)
    {
        var rng = new Random(seed);
        var companies = Enumerable.Range(0, 30).Select(i => TestData.Company(s_naces[i % s_naces.Length], i % 2 == 0 ? TestData.Aliaga : TestData.Kemalpasa)).ToList();
        var streams = Enumerable.Range(0, 160).Select(i => Stream(rng, companies, i % 2 == 0)).ToList();
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 20 });
        engine.Load(companies, streams);

        engine.RematchAll();

        var reference = engine.RematchAllPairs();
        Assert.Contains(reference, m => m.TextSimilarity == PairScorer.SharedWord);
        Assert.True(reference.ToHashSet().SetEquals(engine.AllMatches()), "full re-match differs from all pairs");

        for (var i = 0; i < 40; i++)
        {
            var s = streams[rng.Next(streams.Count)];
            var changed = Stream(rng, companies, s.Direction == Domain.Streams.StreamDirection.Offer) with { Id = s.Id, CompanyId = s.CompanyId };
            streams[streams.IndexOf(s)] = changed;
            engine.UpsertStream(changed);
        }

        var fresh = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 20 });
        fresh.Load(companies, streams);
        fresh.RematchAll();
        Assert.True(fresh.AllMatches().ToHashSet().SetEquals(engine.AllMatches()), "incremental re-match differs from a fresh full one");
        Assert.True(fresh.RematchAllPairs().ToHashSet().SetEquals(fresh.AllMatches()), "fresh full re-match differs from all pairs");
    }

    private static MatchStream Stream(Random rng, List<MatchCompany> companies, bool offer)
    {
        var company = companies[rng.Next(companies.Count)];
        var words = Enumerable.Range(0, 1 + rng.Next(4)).Select(_ => s_generic[rng.Next(s_generic.Length)])
            .Append(s_specific[rng.Next(s_specific.Length)]).OrderBy(_ => rng.Next());
        var description = string.Join(" ", words);
        var code = rng.Next(3) == 0 ? s_codes[rng.Next(s_codes.Length)] : null;
        var amount = 10 * (1 + rng.Next(50));
        return offer ? TestData.Offer(company, code ?? s_codes[rng.Next(s_codes.Length)], description, amount) : TestData.Need(company, code, description, amount);
    }
}
