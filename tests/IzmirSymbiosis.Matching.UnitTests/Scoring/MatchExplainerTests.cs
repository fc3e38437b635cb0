using System.Text.RegularExpressions;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Tables;
using IzmirSymbiosis.Matching.Scoring;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Matching.UnitTests.Scoring;

/// <summary>
/// The factor lines as a reader takes them: a Turkish line holds no English word (common English
/// words and the words of the English EWC and NACE titles are the detector), an English line no
/// Turkish one, counts are integers with each language's grammar, and no line is empty or a bare dash.
/// </summary>
public sealed partial class MatchExplainerTests
{
    private static readonly MatchingOptions s_options = new();

    /// <summary>Names that are the same in both languages: sources, standards, polymer abbreviations, units.</summary>
    private static readonly HashSet<string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        "EPA", "WARM", "DESNZ", "UK", "NACE", "CO2e", "PET", "PP", "HDPE", "LDPE", "LLDPE", "MWh", "kg", "km",
    };

    private static readonly string[] s_commonEnglish =
    [
        "the", "and", "of", "for", "with", "from", "same", "waste", "code", "codes", "offer", "need", "needs", "not", "stated", "quantity",
        "amount", "location", "missing", "unknown", "assumed", "transport", "estimated", "road", "distance", "days", "day", "overlap",
        "limit", "limits", "price", "prices", "default", "gain", "cost", "disposal", "purchase", "avoided", "subtracted", "year", "yearly",
        "per", "hidden", "other", "party", "anonymous", "exact", "range", "similar", "descriptions", "sector", "sectors", "division",
        "group", "class", "library", "synergy", "exchange", "exchanges", "receiver", "receivers", "material", "materials", "landfill",
        "recycling", "production", "primary", "secondary", "profile", "food", "mixed", "paper", "plastics", "metals", "glass", "concrete",
        "lumber", "dimensional", "general", "organic", "garden", "bricks", "construction", "clothing", "tires", "tyres", "ash", "fly",
        "steel", "cans", "electronics", "scrap", "average", "board", "wood", "aggregates", "asphalt", "plasterboard", "drywall", "one-off",
        "recurring", "covers", "whole", "less", "than", "hazardous", "permit", "valid", "confirmed", "shared", "concepts", "free", "charge",
        "gate", "fee", "pays", "takes", "unit", "neither", "nor", "mass", "volume", "estimate", "scored", "total", "without", "while",
        "sub-chapter", "chapter", "went", "has", "no", "is", "are", "in", "to", "by", "at", "or", "on",
    ];

    private static readonly Lazy<HashSet<string>> s_english = new(() =>
    {
        var d = ReferenceDataReader.Load();
        var turkish = new HashSet<string>(
            KnowledgeTable.Read("ewc_titles_tr.csv").Concat(KnowledgeTable.Read("nace_titles_tr.csv")).SelectMany(r => Words(r["title_tr"])),
            StringComparer.OrdinalIgnoreCase);
        var english = d.WasteCodes.Select(w => w.DescriptionEn)
            .Concat(d.WasteCategories.Select(c => c.TitleEn))
            .Concat(d.NaceActivities.Select(n => n.TitleEn))
            .SelectMany(Words)
            .Where(w => w.Length >= 3 && w.All(char.IsAscii) && !turkish.Contains(w))
            .Concat(s_commonEnglish.Where(w => w.Length >= 2));
        return new HashSet<string>(english.Where(w => !s_names.Contains(w)), StringComparer.OrdinalIgnoreCase);
    });

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex WordPattern();

    private static MatchResult Result(MaterialBasis basis, string? offerCode = "100102", string? needCode = "100102") => new()
    {
        OfferId = Guid.NewGuid(),
        NeedId = Guid.NewGuid(),
        OfferCompanyId = Guid.NewGuid(),
        NeedCompanyId = Guid.NewGuid(),
        Score = 72.4,
        Material = 0.9,
        Quantity = 0.7,
        Distance = 0.8,
        Timing = 1,
        Economics = 0.8,
        Environment = 0.4,
        Basis = basis,
        OfferEwcCode = offerCode,
        NeedEwcCode = needCode,
        TextSimilarity = 0.42,
        RoadKm = 34.2,
        AreaRoadKm = 31,
        TransportTryPerTonne = 382.5,
        OfferAnnual = 1_460,
        NeedAnnual = 2_000,
        AvoidedDisposalTryPerTonne = 1_200,
        AvoidedPurchaseTryPerTonne = 600,
        OfferPricePerTonne = 120,
        NeedPricePerTonne = 80,
        Co2eSavingKgPerTonne = 50,
        TransportCo2eKgPerTonne = 3.3,
        NetCo2eTonnesPerYear = 68.2,
        Co2eSourceTr = "bu atık için malzeme profili yok, varsayılan değer",
        Co2eSourceEn = "no material profile for this waste, default value",
    };

    /// <summary>A library exchange's (waste code, receiver code) with how many exchanges of that very code reached it.</summary>
    /// <remarks>The engine meets receivers by NACE division, so the pairs are (code, division); an exchange counts once.</remarks>
    private static (string Code, string Nace, int Count) LibraryPair(Func<int, bool> count) =>
        TestData.Knowledge.Exchanges
            .SelectMany(x => x.EwcCodes.SelectMany(c => x.ReceiverCodes.Select(r => (Code: c, Nace: r[..2]))).Distinct())
            .GroupBy(p => p)
            .Select(g => (g.Key.Code, g.Key.Nace, Count: g.Count()))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Nace, StringComparer.Ordinal)
            .First(p => count(p.Count));

    /// <summary>Every kind of line: each material basis, missing amounts, an unknown place, other units, every price sign, windows.</summary>
    public static TheoryData<string, MatchResult> Cases()
    {
        var one = LibraryPair(c => c == 1);
        var many = LibraryPair(c => c >= 2);
        var data = new TheoryData<string, MatchResult>
        {
            { "same code", Result(MaterialBasis.SameCode) },
            { "same code, hazardous", Result(MaterialBasis.SameCode, "130205", "130205") },
            { "accepted sub-chapter", Result(MaterialBasis.AcceptedCategory, "150101", "1501") },
            { "accepted chapter", Result(MaterialBasis.AcceptedCategory, "100102", "10") },
            { "same sub-chapter", Result(MaterialBasis.SameSubChapter, "070112", "070104") },
            { "same group", Result(MaterialBasis.SameMaterialGroup, "150101", "200101") },
            { "same group, need without code", Result(MaterialBasis.SameMaterialGroup, "150101", null) },
            { "library, one exchange", Result(MaterialBasis.SynergyLibrary, one.Code, null) with { EvidenceNace = one.Nace } },
            { "library, many exchanges", Result(MaterialBasis.SynergyLibrary, many.Code, null) with { EvidenceNace = many.Nace } },
            { "text", Result(MaterialBasis.TextSimilarity, null, null) },
            { "reuse", Result(MaterialBasis.Reuse, "160122", null) },
            { "same goods for reuse", Result(MaterialBasis.SameGoods, "150102", null) },
            { "use doubt", Result(MaterialBasis.SameSubChapter, "150102", "150104") with { UseDoubt = new UseRestriction(1, false, "teklif kirli; ihtiyaç temiz malzeme istiyor", "the offer is soiled; the need asks for clean material", "EN 15347:2007", "EN 15347:2007 (contamination)") } },
            { "text, nothing shared", Result(MaterialBasis.TextSimilarity, null, null) with { TextSimilarity = 0 } },
            { "text, a shared word", Result(MaterialBasis.TextSimilarity, null, null) with { TextSimilarity = PairScorer.SharedWord, SharedWord = "balata" } },
            { "no offer amount", Result(MaterialBasis.SameCode) with { OfferAnnual = 0, NetCo2eTonnesPerYear = 0 } },
            { "no need amount", Result(MaterialBasis.SameCode) with { NeedAnnual = 0, NetCo2eTonnesPerYear = 0 } },
            { "no amounts", Result(MaterialBasis.SameCode) with { OfferAnnual = 0, NeedAnnual = 0, NetCo2eTonnesPerYear = 0 } },
            { "offer covers the need, one-off", Result(MaterialBasis.SameCode) with { OfferAnnual = 5_000, PeriodMismatch = true } },
            { "tiny offer", Result(MaterialBasis.SameCode) with { OfferAnnual = 1 } },
            { "no location", Result(MaterialBasis.SameCode) with { RoadKm = null, AreaRoadKm = null, TransportTryPerTonne = 450 } },
            { "energy", Result(MaterialBasis.SameCode) with { BaseUnit = "MWh", Dimension = Domain.Streams.Dimension.Energy, PerTonneEstimates = false } },
            { "pieces", Result(MaterialBasis.SameCode) with { BaseUnit = "adet", Dimension = Domain.Streams.Dimension.Count, PerTonneEstimates = false } },
            { "free offer, gate fee", Result(MaterialBasis.SameCode) with { OfferPricePerTonne = 0, NeedPricePerTonne = -50 } },
            { "paid disposal, free intake", Result(MaterialBasis.SameCode) with { OfferPricePerTonne = -120, NeedPricePerTonne = 0 } },
            { "price gap", Result(MaterialBasis.SameCode) with { OfferPricePerTonne = 900, NeedPricePerTonne = 80 } },
            { "net loss", Result(MaterialBasis.SameCode) with { AvoidedDisposalTryPerTonne = 100, AvoidedPurchaseTryPerTonne = 0, TransportTryPerTonne = 900 } },
            { "transport outweighs CO2e", Result(MaterialBasis.SameCode) with { Co2eSavingKgPerTonne = 2, TransportCo2eKgPerTonne = 9, NetCo2eTonnesPerYear = 0 } },
            { "one day", Result(MaterialBasis.SameCode) with { OverlapDays = 1 } },
            { "many days", Result(MaterialBasis.SameCode) with { OverlapDays = 97 } },
            { "no overlap", Result(MaterialBasis.SameCode) with { OverlapDays = 0 } },
        };
        // A route of each scope (the code's own row, its sub-chapter's, its chapter's) for a code it covers.
        foreach (var length in new[] { 6, 4, 2 })
        {
            var route = RecoveryRoutes.All.First(r => r.Ewc.Length == length);
            var code = length == 6 ? route.Ewc : ReferenceDataReader.Load().WasteCodes.Select(w => w.Code).Order(StringComparer.Ordinal).First(c => c.StartsWith(route.Ewc, StringComparison.Ordinal));
            data.Add($"route, {length} digits", Result(MaterialBasis.RecoveryRoute, code, null) with { EvidenceNace = route.ReceiverNace[..2], EvidenceRoute = route });
        }

        foreach (var p in TestData.Knowledge.Exchanges.SelectMany(x => x.EwcCodes).Distinct().Order(StringComparer.Ordinal).Take(1))
        {
            data.Add("profile source", Result(MaterialBasis.SameCode, p, p) with
            {
                Co2eSourceTr = TestData.Knowledge.Co2eSavingPerTonne(p, null, 50).SourceTr,
                Co2eSourceEn = TestData.Knowledge.Co2eSavingPerTonne(p, null, 50).SourceEn,
            });
        }

        return data;
    }

    private static IEnumerable<FactorBreakdown> AllViews(MatchResult m, MatchingKnowledge? knowledge)
    {
        var b = MatchExplainer.Explain(m, s_options, knowledge);
        return b.Factors.Concat(b.Anonymised!.ForGiver).Concat(b.Anonymised.ForReceiver);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TurkishLines_HaveNoEnglishWord(string name, MatchResult m)
    {
        foreach (var knowledge in new[] { TestData.Knowledge, null })
        {
            foreach (var f in AllViews(m, knowledge))
            {
                var english = Words(f.ReasonTr).Where(s_english.Value.Contains).ToList();
                Assert.True(english.Count == 0, $"{name}, {f.Factor}: English word(s) {string.Join(", ", english)} in “{f.ReasonTr}”");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EnglishLines_HaveNoTurkishLetter(string name, MatchResult m)
    {
        foreach (var f in AllViews(m, TestData.Knowledge))
        {
            Assert.False(f.ReasonEn.Any(c => "çğıöşüÇĞİÖŞÜ".Contains(c, StringComparison.Ordinal)), $"{name}, {f.Factor}: “{f.ReasonEn}”");
            Assert.DoesNotContain(" TL", f.ReasonEn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryLine_SaysSomething_AndCountsAreWholeWithTheirGrammar(string name, MatchResult m)
    {
        foreach (var f in AllViews(m, TestData.Knowledge))
        {
            foreach (var text in new[] { f.ReasonTr, f.ReasonEn })
            {
                Assert.True(text.Trim().Trim('—', '-', ' ').Length >= 12, $"{name}, {f.Factor}: “{text}”");
                Assert.DoesNotContain("— —", text, StringComparison.Ordinal);
                Assert.DoesNotContain("()", text, StringComparison.Ordinal);
                Assert.DoesNotContain("“”", text, StringComparison.Ordinal);
            }

            Assert.DoesNotMatch(FractionalCountTr(), f.ReasonTr);
            Assert.DoesNotMatch(TurkishPluralAfterNumber(), f.ReasonTr);
            Assert.DoesNotMatch(FractionalCountEn(), f.ReasonEn);
            Assert.DoesNotMatch(OneWithPlural(), f.ReasonEn);
            Assert.DoesNotMatch(ManyWithSingular(), f.ReasonEn);
        }
    }

    [GeneratedRegex(@"\d[.,]\d+ (değişim|gün|örnek)")]
    private static partial Regex FractionalCountTr();

    [GeneratedRegex(@"\d (değişimler|günler|örnekler)")]
    private static partial Regex TurkishPluralAfterNumber();

    [GeneratedRegex(@"\d[.,]\d+ (exchanges?|days?)\b")]
    private static partial Regex FractionalCountEn();

    [GeneratedRegex(@"(?<![\d.,])1 (exchanges|days)\b")]
    private static partial Regex OneWithPlural();

    [GeneratedRegex(@"(?<![\d.,])(0|[2-9]|\d{2,}) (exchange|day)\b")]
    private static partial Regex ManyWithSingular();

    [Fact]
    public void SameCode_NamesTheWasteInEachLanguage()
    {
        var line = MatchExplainer.Explain(Result(MaterialBasis.SameCode), s_options, TestData.Knowledge).Factors[0];

        Assert.Equal($"Aynı atık kodu (10 01 02): {ReferenceTitles.WasteTr("100102")}", line.ReasonTr);
        Assert.Equal($"Same waste code (10 01 02): {TestData.Knowledge.WasteCode("100102")!.DescriptionEn}", line.ReasonEn);
    }

    [Fact]
    public void HazardousCode_SaysTheReceiversPermitCoversIt()
    {
        var line = MatchExplainer.Explain(Result(MaterialBasis.SameCode, "130205", "130205"), s_options, TestData.Knowledge).Factors[0];

        Assert.EndsWith("tehlikeli atık: alıcının geçerli izni bu kodu kapsıyor", line.ReasonTr, StringComparison.Ordinal);
        Assert.EndsWith("hazardous waste: the receiver's valid permit covers this code", line.ReasonEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Library_CountsExchangesOfThisVeryCode_AsIntegersWithGrammar(int atLeast)
    {
        var (code, nace, count) = LibraryPair(c => atLeast == 1 ? c == 1 : c >= 2);
        var m = Result(MaterialBasis.SynergyLibrary, code, null) with { EvidenceNace = nace };

        var line = MatchExplainer.Explain(m, s_options, TestData.Knowledge).Factors[0];

        Assert.Contains($"bu atık koduyla ({Domain.Streams.EwcCode.Display(code)}", line.ReasonTr, StringComparison.Ordinal);
        Assert.Contains($" {count} değişim NACE {nace} ", line.ReasonTr, StringComparison.Ordinal);
        Assert.Contains(count == 1 ? "1 exchange of this waste code" : $"{count} exchanges of this waste code", line.ReasonEn, StringComparison.Ordinal);
        if (ReferenceTitles.NaceTr(nace) is { } title)
        {
            Assert.Contains(title, line.ReasonTr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Library_EvidenceOnlyFromOtherCodesOfTheSubChapter_SaysTheMaterialIsNotConfirmed()
    {
        // A code of a sub-chapter whose exchanges reach a sector that no exchange of the code itself reaches.
        var k = TestData.Knowledge;
        var (code, nace) = k.Exchanges
            .SelectMany(x => x.EwcCodes.SelectMany(c => x.ReceiverCodes.Select(r => (Sub: c[..4], Nace: r[..2]))))
            .Distinct()
            .SelectMany(p => k.Exchanges.SelectMany(x => x.EwcCodes).Where(c => c[..4] == p.Sub).Distinct().Select(c => (Code: c, p.Nace)))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Nace, StringComparer.Ordinal)
            .First(p => !k.Exchanges.Any(x => x.EwcCodes.Contains(p.Code) && x.ReceiverCodes.Any(r => r.StartsWith(p.Nace, StringComparison.Ordinal))));
        var m = Result(MaterialBasis.SynergyLibrary, code, null) with { EvidenceNace = nace };

        var line = MatchExplainer.Explain(m, s_options, k).Factors[0];

        Assert.Contains("değişim yok", line.ReasonTr, StringComparison.Ordinal);
        var cited = k.Exchanges.Where(x => x.ReceiverCodes.Any(r => r.StartsWith(nace, StringComparison.Ordinal)))
            .SelectMany(x => x.EwcCodes).First(c => c[..4] == code[..4]);
        Assert.Contains($"aynı alt bölümün başka kodlarıyla ({Domain.Streams.EwcCode.Display(cited)[..5]}", line.ReasonTr, StringComparison.Ordinal);
        Assert.Contains("; aynı malzeme olduğu doğrulanmadı", line.ReasonTr, StringComparison.Ordinal);
        Assert.Contains("; not confirmed to be the same material", line.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantity_SaysWhichSideGaveNoAmount()
    {
        var noOffer = MatchExplainer.Explain(Result(MaterialBasis.SameCode) with { OfferAnnual = 0 }, s_options).Factors[1];
        var noNeed = MatchExplainer.Explain(Result(MaterialBasis.SameCode) with { NeedAnnual = 0 }, s_options).Factors[1];

        Assert.Contains("teklifte miktar yok", noOffer.ReasonTr, StringComparison.Ordinal);
        Assert.Contains("the offer gives no amount", noOffer.ReasonEn, StringComparison.Ordinal);
        Assert.Contains("ihtiyaçta miktar yok", noNeed.ReasonTr, StringComparison.Ordinal);
        Assert.Contains("the need gives no amount", noNeed.ReasonEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_460, 2_000, "teklif ihtiyacı %73 oranında karşılar; puan miktar aralıklarını karşılaştırır, ikisi de 1.000–10.000 t/yıl aralığında", "the offer covers 73% of the need; the score compares the amounts' ranges, both in 1,000–10,000 t/yr")]
    [InlineData(460, 2_000, "teklif ihtiyacı %23 oranında karşılar", "the offer covers 23% of the need")]
    [InlineData(5_000, 2_000, "teklif ihtiyacın tamamını karşılar", "the offer covers the whole need")]
    [InlineData(1, 2_000, "teklif ihtiyacı %1'den az oranda karşılar", "the offer covers less than 1% of the need")]
    public void Quantity_Coverage(double offer, double need, string tr, string en)
    {
        var line = MatchExplainer.Explain(Result(MaterialBasis.SameCode) with { OfferAnnual = offer, NeedAnnual = need }, s_options).Factors[1];

        Assert.EndsWith(tr, line.ReasonTr, StringComparison.Ordinal);
        Assert.EndsWith(en, line.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownLocation_SaysWhatTheScoreAssumed()
    {
        var line = MatchExplainer.Explain(Result(MaterialBasis.SameCode) with { RoadKm = null, AreaRoadKm = null, TransportTryPerTonne = 450 }, s_options).Factors[2];

        Assert.Equal("Konum eksik: firmalardan en az birinin konumu kayıtlı değil; mesafe 40 km varsayıldı, tahmini nakliye 450 TL/t (mesafe puanı 0,5)", line.ReasonTr);
        Assert.Equal("Location missing: at least one firm has no location on record; 40 km assumed, estimated transport 450 TRY/t (distance scored 0.5)", line.ReasonEn);
    }

    [Theory]
    [InlineData(34.0, 34.4, "34 km, tahmini nakliye 405 TL/t; mesafe puanı 250 km'de sıfıra iner", "34 km, estimated transport 405 TRY/t; the distance score reaches 0 at 250 km")]
    [InlineData(1.2, 0.0, "1 km, tahmini nakliye 159 TL/t; puan ve tahminler firmaların bölgeleri arasındaki ≈ 0 km ile hesaplandı; mesafe puanı 250 km'de sıfıra iner", "1 km, estimated transport 159 TRY/t; the score and estimates use ≈ 0 km between the firms' areas; the distance score reaches 0 at 250 km")]
    public void KnownDistance_SaysWhichDistanceTheScoreUsed(double exactKm, double areaKm, string tr, string en)
    {
        var line = MatchExplainer.Explain(Result(MaterialBasis.SameCode) with { RoadKm = exactKm, AreaRoadKm = areaKm }, s_options).Factors[2];

        Assert.Equal(tr, line.ReasonTr);
        Assert.Equal(en, line.ReasonEn);
    }

    [Fact]
    public void ContentTheNeedRulesOut_IsSaidInEachLanguage()
    {
        var line = MatchExplainer.Explain(Result(MaterialBasis.SameCode) with { ContentDoubt = new ExcludedContent("boya", "boya", Limit: false) }, s_options).Factors[0];

        Assert.EndsWith("; değer %80 düşürüldü: ihtiyaç “boya” içermeyen malzeme istiyor, teklifin açıklaması bunu anıyor", line.ReasonTr, StringComparison.Ordinal);
        Assert.EndsWith("; value cut by 80%: the need asks for material without “boya”, the offer's description names it", line.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownDistance_SaysWhereTheMaterialsHaulEndsTheDistanceScore()
    {
        var line = MatchExplainer.Explain(Result(MaterialBasis.SameCode) with { RoadKm = 34, AreaRoadKm = 34.4, OfferMaterial = "metal.nonferrous.copper" }, s_options).Factors[2];

        Assert.Equal("34 km, tahmini nakliye 405 TL/t; mesafe puanı 1.500 km'de sıfıra iner (bu malzemenin olağan taşıma menzili)", line.ReasonTr);
        Assert.Equal("34 km, estimated transport 405 TRY/t; the distance score reaches 0 at 1,500 km (this material's usual haul)", line.ReasonEn);
    }

    [Fact]
    public void AnonymisedViews_SayEachHiddenFigureIsHidden_AndShowNoneOfThem()
    {
        var m = Result(MaterialBasis.SynergyLibrary, "150101", null) with { EvidenceNace = "17", OfferAnnual = 1_234, NeedAnnual = 5_678, OfferPricePerTonne = 321, NeedPricePerTonne = 87 };
        var b = MatchExplainer.Explain(m, s_options, TestData.Knowledge).Anonymised!;

        foreach (var (lines, hidden) in new[] { (b.ForGiver, new[] { "5.678", "5,678", "87" }), (b.ForReceiver, new[] { "1.234", "1,234", "321" }) })
        {
            var all = string.Join(" | ", lines.SelectMany(f => new[] { f.ReasonTr, f.ReasonEn }));
            foreach (var figure in hidden.Append("34 km").Append("NACE 17"))
            {
                Assert.DoesNotContain(figure, all, StringComparison.Ordinal);
            }

            Assert.Contains("sektör gizli: karşı taraf anonim", lines[0].ReasonTr, StringComparison.Ordinal);
            Assert.Contains("kesin miktarı gizli: karşı taraf anonim", lines[1].ReasonTr, StringComparison.Ordinal);
            Assert.Contains("kesin konum gizli: karşı taraf anonim", lines[2].ReasonTr, StringComparison.Ordinal);
            Assert.Contains("karşı tarafın fiyatı gizli", lines[4].ReasonTr, StringComparison.Ordinal);
            Assert.Contains("yıllık toplam gizli", lines[5].ReasonTr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryEmissionProfileName_HasATurkishName()
    {
        var names = ReferenceDataReader.Load().MaterialEmissionProfiles
            .SelectMany(p => new[] { p.WarmMaterial, p.UkMaterial })
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Distinct();

        Assert.All(names, n => Assert.NotNull(EmissionProfileNames.Tr(n)));
    }

    [Fact]
    public void Co2eSources_InTurkish_HaveNoEnglishWord()
    {
        var d = ReferenceDataReader.Load();
        var sources = d.WasteCodes.Select(w => TestData.Knowledge.Co2eSavingPerTonne(w.Code, null, 50).SourceTr)
            .Concat(d.MaterialEmissionProfiles.Select(p => TestData.Knowledge.Co2eSavingPerTonne(null, p.MaterialGroup, 50).SourceTr))
            .Distinct()
            .ToList();

        Assert.True(sources.Count > 5);
        Assert.All(sources, s => Assert.DoesNotContain(Words(s), s_english.Value.Contains));
    }

    [Fact]
    public void Detector_FindsEnglishTitleWords()
    {
        // The detector must catch what it is for: an English EWC or NACE title inside Turkish text.
        Assert.Contains(Words("Aynı atık kodu: fly ash, EPA WARM v16, Food Waste"), s_english.Value.Contains);
        Assert.Contains(Words("NACE 23 Manufacture of other non-metallic mineral products"), s_english.Value.Contains);
        Assert.DoesNotContain(Words("Aynı atık kodu (10 01 02): Uçucu kül; tahmini nakliye 450 TL/t"), s_english.Value.Contains);
    }

    [Theory]
    [InlineData("paper.occ", "paper.occ", "Aynı malzeme: oluklu karton (OCC)", "Same material: corrugated board")]
    [InlineData("weee", "metal", "bu ihtiyaca (metal hurda) uygun: Elektronik kartlardaki", "serves this need (scrap metal): Copper and precious metals")]
    public void MaterialModel_NamesTheMaterialsAndTheRule_InEachLanguage(string offer, string need, string tr, string en)
    {
        var m = Result(MaterialBasis.MaterialModel, "150101", "150101") with { OfferMaterial = offer, NeedMaterial = need, MaterialEvidence = 0.8 };

        var views = AllViews(m, TestData.Knowledge).Where(f => f.Factor == "material").ToList();

        Assert.All(views, f => Assert.Contains(tr, f.ReasonTr, StringComparison.Ordinal));
        Assert.All(views, f => Assert.Contains(en, f.ReasonEn, StringComparison.Ordinal));
        Assert.All(views, f => Assert.DoesNotContain("%0", f.ReasonTr, StringComparison.Ordinal));
    }

    [Fact]
    public void SoftRule_SaysTheValueWasLoweredAndWhy()
    {
        var m = Result(MaterialBasis.SameCode, "150101", "150101") with { OfferMaterial = "paper.mixed", NeedMaterial = "paper.office", MaterialFactor = 0.6 };

        var line = MatchExplainer.Explain(m, s_options, TestData.Knowledge).Factors[0];

        Assert.Contains("değer düşürüldü: Farklı kağıt sınıfı", line.ReasonTr, StringComparison.Ordinal);
        Assert.Contains("value lowered: Different paper grade", line.ReasonEn, StringComparison.Ordinal);
    }
}
