using IzmirSymbiosis.Matching.Latent;

namespace IzmirSymbiosis.Matching.UnitTests.Latent;

public class FeedbackAdjustmentTests
{
    private static readonly LatentQuery s_plastic = new(["150102"], "plastik ambalaj");
    private static readonly LatentQuery s_metal = new(["120101"], "demir talaşı");

    private static IReadOnlyList<LatentReceiver> Ranked() =>
    [
        new("22.21", "Manufacture of plastic plates, sheets, tubes and profiles", 50, [new Reason("a", "a")]),
        new("20.16", "Manufacture of plastics in primary forms", 40, [new Reason("b", "b")]),
        new("24.10", "Manufacture of basic iron and steel", 30, [new Reason("c", "c")]),
    ];

    private static List<(string, double, int)> Summary(IReadOnlyList<LatentReceiver> ranked) => [.. ranked.Select(r => (r.NaceCode, r.Score, r.Reasons.Count))];

    private static FeedbackItem NotOurs(string ewc, string description, string nace) => new([ewc], description, nace, FeedbackAnswer.NotOurMaterial);

    [Fact]
    public void Apply_NotOurMaterial_LowersThatMaterialAndClass_AndSaysSo()
    {
        var adjustment = new FeedbackAdjustment(TestData.KnowledgeWithoutLibrary(),
            [NotOurs("070213", "plastik atık", "22.21"), NotOurs("", "PE film scrap", "22.21")]);

        var result = adjustment.Apply(s_plastic, Ranked());

        Assert.Equal(["20.16", "24.10", "22.21"], result.Select(r => r.NaceCode));
        var lowered = result.Single(r => r.NaceCode == "22.21");
        Assert.Equal(12.5, lowered.Score);
        Assert.Equal("Bu sektördeki firmalar benzer malzeme için “malzememiz değil” yanıtı verdi (2 yanıt)", lowered.Reasons[^1].Tr);
        Assert.Equal("Firms of this sector answered “not our material” for similar material (2 answers)", lowered.Reasons[^1].En);
    }

    [Fact]
    public void Apply_OneAnswer_SingularInEnglish()
    {
        var adjustment = new FeedbackAdjustment(TestData.KnowledgeWithoutLibrary(), [NotOurs("150102", "plastik", "22.21")]);

        var lowered = adjustment.Apply(s_plastic, Ranked()).Single(r => r.NaceCode == "22.21");

        Assert.EndsWith("(1 yanıt)", lowered.Reasons[^1].Tr, StringComparison.Ordinal);
        Assert.EndsWith("(1 answer)", lowered.Reasons[^1].En, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_AnotherMaterial_IsNotLowered()
    {
        var adjustment = new FeedbackAdjustment(TestData.KnowledgeWithoutLibrary(), [NotOurs("150102", "plastik ambalaj", "24.10")]);

        Assert.Equal(Summary(Ranked()), Summary(adjustment.Apply(s_metal, Ranked())));
    }

    [Fact]
    public void Apply_CoarseReceiver_CoversItsClasses()
    {
        var adjustment = new FeedbackAdjustment(TestData.KnowledgeWithoutLibrary(), [NotOurs("150102", "plastik", "22")]);

        var result = adjustment.Apply(s_plastic, Ranked());

        Assert.Equal(25, result.Single(r => r.NaceCode == "22.21").Score);
        Assert.Equal(40, result.Single(r => r.NaceCode == "20.16").Score);
    }

    [Fact]
    public void Apply_OtherAnswers_ChangeNothing()
    {
        var adjustment = new FeedbackAdjustment(TestData.KnowledgeWithoutLibrary(), [new FeedbackItem(["150102"], "plastik", "22.21", FeedbackAnswer.Other)]);

        Assert.Equal(0, adjustment.NegativeCount);
        Assert.Equal(Summary(Ranked()), Summary(adjustment.Apply(s_plastic, Ranked())));
    }

    [Theory]
    [InlineData("not_our_material", FeedbackAnswer.NotOurMaterial)]
    [InlineData("Not-Our-Material", FeedbackAnswer.NotOurMaterial)]
    [InlineData("malzememiz_degil", FeedbackAnswer.NotOurMaterial)]
    [InlineData("interested", FeedbackAnswer.Other)]
    [InlineData("", FeedbackAnswer.Other)]
    public void ParseAnswer_Words(string text, FeedbackAnswer expected) => Assert.Equal(expected, FeedbackItem.ParseAnswer(text));
}
