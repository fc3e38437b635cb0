using System.Globalization;
using System.Text.Json.Serialization;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Preparation;
using static IzmirSymbiosis.Matching.Scoring.ReasonWords;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>One factor of a score with its reason in Turkish and English.</summary>
/// <param name="Factor">Key: material, quantity, distance, timing, economics, environment.</param>
/// <param name="Value">Factor value, 0–1 (three decimals).</param>
/// <param name="Weight">Configured weight.</param>
/// <param name="ReasonTr">Reason, Turkish.</param>
/// <param name="ReasonEn">Reason, English.</param>
public sealed record FactorBreakdown(
    [property: JsonPropertyName("factor")] string Factor,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("weight")] double Weight,
    [property: JsonPropertyName("reasonTr")] string ReasonTr,
    [property: JsonPropertyName("reasonEn")] string ReasonEn);

/// <summary>The stored explanation of a match (serialised as JSON, stored as <c>jsonb</c>).</summary>
/// <param name="EngineVersion">Engine version that computed it.</param>
/// <param name="Score">Total score, 0–100.</param>
/// <param name="Factors">One entry per factor.</param>
/// <param name="RoadKm">Road km, when known.</param>
/// <param name="TransportTryPerTonne">Estimated transport cost, TRY/t.</param>
/// <param name="NetCo2eTonnesPerYear">Net CO2e avoided, t/year.</param>
/// <param name="Anonymised">What a party sees while the other firm is anonymous (null in rows of older engines).</param>
public sealed record MatchBreakdown(
    [property: JsonPropertyName("engineVersion")] string EngineVersion,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("factors")] IReadOnlyList<FactorBreakdown> Factors,
    [property: JsonPropertyName("roadKm")] double? RoadKm,
    [property: JsonPropertyName("transportTryPerTonne")] double TransportTryPerTonne,
    [property: JsonPropertyName("netCo2eTonnesPerYear")] double NetCo2eTonnesPerYear,
    [property: JsonPropertyName("anonymised")] AnonymisedBreakdown? Anonymised = null);

/// <summary>
/// Turns a <see cref="MatchResult"/> into one-line reasons per factor, one in Turkish and one in
/// English, each readable on its own: codes carry their titles in the line's language, counts are
/// integers with each language's grammar, and a figure that is missing says what is missing and
/// what the score assumed instead.
/// </summary>
public static class MatchExplainer
{
    /// <summary>Turkish number formatting.</summary>
    internal static readonly CultureInfo TrCulture = CultureInfo.GetCultureInfo("tr-TR");

    /// <summary>English number formatting.</summary>
    internal static readonly CultureInfo EnCulture = CultureInfo.InvariantCulture;

    /// <summary>
    /// Builds the breakdown of a match with the weights of <paramref name="options"/>;
    /// <paramref name="knowledge"/> (the engine's) adds the English titles of codes, the synergy
    /// library's exchange counts and the hazardous-waste note.
    /// </summary>
    public static MatchBreakdown Explain(MatchResult m, MatchingOptions options, MatchingKnowledge? knowledge = null)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(options);
        return new MatchBreakdown(
            MatchVersion.Current,
            m.Score,
            Lines(m, options, MaterialReason(m, knowledge), QuantityReason(m), DistanceReason(m, options), TimingReason(m), EconomicsReason(m, withPrices: true), EnvironmentReason(m)),
            m.RoadKm is { } km ? Math.Round(km, 1) : null,
            Math.Round(m.TransportTryPerTonne),
            Math.Round(m.NetCo2eTonnesPerYear, 1),
            AnonymisedExplainer.Explain(m, options, knowledge));
    }

    /// <summary>The six factor lines of a match with the given reasons (one order and one rounding for every view).</summary>
    internal static FactorBreakdown[] Lines(
        MatchResult m,
        MatchingOptions options,
        (string Tr, string En) material,
        (string Tr, string En) quantity,
        (string Tr, string En) distance,
        (string Tr, string En) timing,
        (string Tr, string En) economics,
        (string Tr, string En) environment) =>
    [
        new("material", Math.Round(m.Material, 3), options.MaterialWeight, material.Tr, material.En),
        new("quantity", Math.Round(m.Quantity, 3), options.QuantityWeight, quantity.Tr, quantity.En),
        new("distance", Math.Round(m.Distance, 3), options.DistanceWeight, distance.Tr, distance.En),
        new("timing", Math.Round(m.Timing, 3), options.TimingWeight, timing.Tr, timing.En),
        new("economics", Math.Round(m.Economics, 3), options.EconomicsWeight, economics.Tr, economics.En),
        new("environment", Math.Round(m.Environment, 3), options.EnvironmentWeight, environment.Tr, environment.En),
    ];

    /// <summary>
    /// The material line. <paramref name="anonymised"/> leaves out what depends on the other firm's
    /// sector (the library's receiving sector and its counts) and the exact text similarity.
    /// </summary>
    internal static (string Tr, string En) MaterialReason(MatchResult m, MatchingKnowledge? knowledge, bool anonymised = false)
    {
        var offer = m.OfferEwcCode is { Length: 6 } ? m.OfferEwcCode : null;
        var need = m.NeedEwcCode is { Length: 2 or 4 or 6 } ? m.NeedEwcCode : null;
        var line = (m.Basis, offer, need) switch
        {
            (MaterialBasis.SameCode, { } o, _) => SameCode(o, knowledge),
            (MaterialBasis.AcceptedCategory, { } o, { Length: 2 or 4 } n) => AcceptedCategory(o, n, knowledge),
            (MaterialBasis.SameSubChapter, { } o, { Length: 6 } n) => SameSubChapter(o, n, knowledge),
            (MaterialBasis.SameMaterialGroup, _, _) => SameGroup(offer, need, knowledge),
            (MaterialBasis.SynergyLibrary, { } o, _) when anonymised => (
                $"Sinerji kütüphanesinde bu atık kodu ya da aynı alt bölümdeki kodlar ({Titled(Code(o), WasteTr(o))}) karşı tarafınkine benzer sektörlere gitmiş; sektör gizli: karşı taraf anonim",
                $"In the synergy library, this waste code or codes of its sub-chapter ({Titled(Code(o), WasteEn(o, knowledge))}) went to sectors like the other party's; the sector is hidden while the other party is anonymous"),
            (MaterialBasis.SynergyLibrary, { } o, _) when m.EvidenceNace is { } nace => Library(o, nace, knowledge),
            (MaterialBasis.RecoveryRoute, { } o, _) when m.EvidenceRoute is { } route => RouteLine(o, route, m.EvidenceNace, knowledge, anonymised),
            (MaterialBasis.MaterialModel, _, _) when MaterialModelLine(m) is { } model => model,
            (MaterialBasis.Reuse, _, _) => (
                "İhtiyaç yeniden kullanılacak, ikinci el ya da ikinci kalite ürün alıyor; teklif kullanılabilir durumda ürün (hasar belirtilmemiş)",
                "The need takes goods for reuse, second-hand or of second quality; the offer is usable goods (no damage stated)"),
            (MaterialBasis.SameGoods, _, _) => (
                "İhtiyaç yeniden kullanmak için aynı ürünü arıyor; teklif bu ürünü kullanılabilir durumda veriyor (hasar belirtilmemiş), malzemesi belirleyici değil",
                "The need wants the same goods for reuse; the offer gives them in usable condition (no damage stated), so their material does not decide"),
            (MaterialBasis.TextSimilarity, _, _) when m.SharedWord is { } word => (
                $"Teklif ve ihtiyaç açıklamaları aynı şeyi anıyor: “{word}”",
                $"The offer and need descriptions name the same thing: “{word}”"),
            (MaterialBasis.TextSimilarity, _, _) when anonymised || m.TextSimilarity <= 0 => (
                "Teklif ve ihtiyaç açıklamaları benzer malzemeyi anlatıyor",
                "The offer and need descriptions describe similar material"),
            (MaterialBasis.TextSimilarity, _, _) => (
                $"Teklif ve ihtiyaç açıklamaları benzer malzemeyi anlatıyor: malzeme kavramlarının %{Percent(m.TextSimilarity, TrCulture)} kadarı ortak",
                $"The offer and need descriptions describe similar material: {Percent(m.TextSimilarity, EnCulture)}% of their material concepts are shared"),
            _ => (
                $"Malzeme uyumu {m.Material.ToString("0.0", TrCulture)} (kod ve açıklamalara göre)",
                $"Material fit {m.Material.ToString("0.0", EnCulture)} (from the codes and descriptions)"),
        };

        if (m.MaterialFactor < 1 && SoftRule(m) is { } soft)
        {
            line = ($"{line.Item1}; değer düşürüldü: {soft.Tr}", $"{line.Item2}; value lowered: {soft.En}");
        }

        if (m.UseDoubt is { } doubt)
        {
            line = ($"{line.Item1}; {UseRestrictions.CutTr}: {doubt.ReasonTr} ({doubt.Cite})", $"{line.Item2}; {UseRestrictions.CutEn}: {doubt.ReasonEn} ({doubt.Source})");
        }

        if (m.ContentDoubt is { } content)
        {
            var (tr, en) = ContentLine(content);
            line = ($"{line.Item1}; {UseRestrictions.ContentCutTr}: {tr}", $"{line.Item2}; {UseRestrictions.ContentCutEn}: {en}");
        }

        return offer is not null && knowledge?.IsHazardous(offer) == true
            ? (line.Item1 + "; tehlikeli atık: alıcının geçerli izni bu kodu kapsıyor", line.Item2 + "; hazardous waste: the receiver's valid permit covers this code")
            : line;
    }

    /// <summary>Why a stated content cuts the material value: a content ruled out, a cap broken or a minimum missed.</summary>
    public static (string Tr, string En) ContentLine(ExcludedContent content)
    {
        if (content.Key == StatedContent.VirginKey)
        {
            return ($"ihtiyaç ocaktan çıkmış malzeme istiyor (“{content.Shown}”), teklif bir yan ürün",
                    $"the need asks for quarried material (“{content.Shown}”), the offer is a by-product");
        }

        if (content.Key == StatedContent.RecycledKey)
        {
            return ($"ihtiyaç geri kazanılmış malzeme kabul etmiyor (“{content.Shown}”), teklif bir atık ya da yan ürün",
                    $"the need accepts no recycled material (“{content.Shown}”), the offer is a waste or by-product");
        }

        if (content is { Key: StatedContent.HeatKey, OfferAmount: { } reached, Amount: { } wanted })
        {
            return ($"ihtiyaç en az {wanted.ToString("0.#", TrCulture)} °C istiyor, teklifin ısısı en çok {reached.ToString("0.#", TrCulture)} °C",
                    $"the need asks for at least {wanted.ToString("0.#", CultureInfo.InvariantCulture)} °C, the offer's heat reaches at most {reached.ToString("0.#", CultureInfo.InvariantCulture)} °C");
        }

        if (content is { Key: StatedContent.SizeKey, Amount: { } low, High: { } high, OfferAmount: { } offerLow, OfferHigh: { } offerHigh })
        {
            return ($"ihtiyaç {StatedContent.SizeText(low, high, TrCulture)} tane boyu istiyor, teklifin tane boyu {StatedContent.SizeText(offerLow, offerHigh, TrCulture)}",
                    $"the need asks for grains of {StatedContent.SizeText(low, high, CultureInfo.InvariantCulture)}, the offer's are {StatedContent.SizeText(offerLow, offerHigh, CultureInfo.InvariantCulture)}");
        }

        if (content is { Key: StatedContent.MonthsKey, Amount: { } takes, OfferAmount: { } runs })
        {
            static string Tr(double mask) => StatedContent.MonthsText((int)mask, TrCulture) + (System.Numerics.BitOperations.PopCount((uint)mask) == 1 ? " ayında" : " aylarında");
            return ($"ihtiyaç malzemeyi {Tr(takes)} alıyor, teklif {Tr(runs)} çıkıyor",
                    $"the need takes the material in {StatedContent.MonthsText((int)takes, CultureInfo.InvariantCulture)}, the offer arises in {StatedContent.MonthsText((int)runs, CultureInfo.InvariantCulture)}");
        }

        if (content is { Key: StatedContent.ThicknessKey, Amount: { } least, OfferHigh: { } thickest })
        {
            return ($"ihtiyaç en az {StatedContent.ThicknessText(least, TrCulture)} kalınlık istiyor, teklifin belirttiği kalınlık en çok {StatedContent.ThicknessText(thickest, TrCulture)}",
                    $"the need asks for a thickness of at least {StatedContent.ThicknessText(least, CultureInfo.InvariantCulture)}, the offer's stated thickness is at most {StatedContent.ThicknessText(thickest, CultureInfo.InvariantCulture)}");
        }

        if (content is { Key: StatedContent.LengthKey, Amount: { } piece, OfferHigh: { } longest })
        {
            return ($"ihtiyaç en az {piece.ToString("0.#", TrCulture)} cm tek parça istiyor, teklifin belirttiği boyutlar en çok {longest.ToString("0.#", TrCulture)} cm",
                    $"the need asks for single pieces of at least {piece.ToString("0.#", CultureInfo.InvariantCulture)} cm, the offer's stated dimensions reach at most {longest.ToString("0.#", CultureInfo.InvariantCulture)} cm");
        }

        if (content is { Key: StatedContent.MeltFlowKey, Amount: { } flowLow, High: { } flowHigh, OfferAmount: { } offerFlowLow, OfferHigh: { } offerFlowHigh })
        {
            return ($"ihtiyaç {StatedContent.MeltFlowText(flowLow, flowHigh, TrCulture)} g/10 dk eriyik akış hızı (MFI) istiyor, teklifinki {StatedContent.MeltFlowText(offerFlowLow, offerFlowHigh, TrCulture)} g/10 dk",
                    $"the need asks for a melt flow rate (MFI) of {StatedContent.MeltFlowText(flowLow, flowHigh, CultureInfo.InvariantCulture)} g/10 min, the offer's is {StatedContent.MeltFlowText(offerFlowLow, offerFlowHigh, CultureInfo.InvariantCulture)} g/10 min");
        }

        if (content is { Range: true, Amount: { } windowLow, High: { } windowHigh, OfferAmount: { } valueLow, OfferHigh: { } valueHigh })
        {
            string Value(double low, double high, CultureInfo culture) =>
                (content.Percent && ReferenceEquals(culture, TrCulture) ? "%" : string.Empty) +
                (high > low ? low.ToString("0.###", culture) + "–" + high.ToString("0.###", culture) : low.ToString("0.###", culture)) +
                (content.Percent && !ReferenceEquals(culture, TrCulture) ? "%" : string.Empty);
            return ($"ihtiyaç “{content.Shown}” için {Value(windowLow, windowHigh, TrCulture)} aralığını istiyor, teklif {Value(valueLow, valueHigh, TrCulture)} belirtiyor",
                    $"the need asks for “{content.Shown}” within {Value(windowLow, windowHigh, CultureInfo.InvariantCulture)}, the offer states {Value(valueLow, valueHigh, CultureInfo.InvariantCulture)}");
        }

        if (content is { Qualitative: true, Amount: null })
        {
            return ($"ihtiyaç “{content.Shown}” malzeme istiyor, teklifin açıklaması yüksek içerik anıyor (“{content.OfferWord ?? content.Key}”)",
                    $"the need asks for “{content.Shown}” material, the offer's description names a high content (“{content.OfferWord ?? content.Key}”)");
        }

        if (content is { Qualitative: true, Amount: { } cap })
        {
            var capTr = "%" + cap.ToString("0.###", TrCulture);
            var capEn = cap.ToString("0.###", CultureInfo.InvariantCulture) + "%";
            return content.OfferAmount is { } above
                ? ($"ihtiyaç “{content.Shown}” malzeme istiyor (en çok {capTr} sayılır), teklif %{above.ToString("0.###", TrCulture)} belirtiyor",
                   $"the need asks for “{content.Shown}” material (taken as at most {capEn}), the offer states {above.ToString("0.###", CultureInfo.InvariantCulture)}%")
                : ($"ihtiyaç “{content.Shown}” malzeme istiyor, teklifin açıklaması yüksek içerik anıyor (“{content.OfferWord ?? content.Key}”)",
                   $"the need asks for “{content.Shown}” material, the offer's description names a high content (“{content.OfferWord ?? content.Key}”)");
        }

        if (content is { OfferAmount: { } stated, Amount: { } bound })
        {
            var unit = content.Percent ? "%" : string.Empty;
            string Tr(double x) => content.Percent ? "%" + x.ToString("0.###", TrCulture) : x.ToString("#,0.###", TrCulture);
            string En(double x) => x.ToString(content.Percent ? "0.###" : "#,0.###", CultureInfo.InvariantCulture) + unit;
            return content.Minimum
                ? ($"ihtiyaç “{content.Shown}” için en az {Tr(bound)} istiyor, teklif {Tr(stated)} belirtiyor",
                   $"the need asks for at least {En(bound)} “{content.Shown}”, the offer states {En(stated)}")
                : ($"ihtiyaç “{content.Shown}” için en çok {Tr(bound)} kabul ediyor, teklif {Tr(stated)} belirtiyor",
                   $"the need accepts at most {En(bound)} “{content.Shown}”, the offer states {En(stated)}");
        }

        if (content.State)
        {
            return ($"ihtiyaç “{content.Shown}” olmayan malzeme istiyor, teklif kendini böyle tanımlıyor",
                    $"the need rules out material that is “{content.Shown}”, and the offer describes itself so");
        }

        var word = content.OfferWord is { } w ? $" (“{w}”)" : string.Empty;
        return ($"ihtiyaç “{content.Shown}” içermeyen malzeme istiyor, teklifin açıklaması bunu anıyor{word}",
                $"the need asks for material without “{content.Shown}”, the offer's description names it{word}");
    }

    /// <summary>
    /// The material model's line: the same material (or a grade of the need's), or the rule that
    /// lets the offer serve the need, with the materials named in the reader's language.
    /// </summary>
    private static (string Tr, string En)? MaterialModelLine(MatchResult m)
    {
        if (Materials(m) is not var (offer, need, relation))
        {
            return null;
        }

        if (relation.Kind == MaterialRelationKind.Same)
        {
            return offer.Id == need.Id
                ? ($"Aynı malzeme: {offer.NameTr}", $"Same material: {offer.NameEn}")
                : ($"Teklif, ihtiyacın malzemesinin bir türü: {offer.NameTr} → {need.NameTr}", $"The offer is a grade of the need's material: {offer.NameEn} → {need.NameEn}");
        }

        return relation.ReasonTr is { } tr && relation.ReasonEn is { } en
            ? ($"{offer.NameTr} bu ihtiyaca ({need.NameTr}) uygun: {tr}", $"{offer.NameEn} serves this need ({need.NameEn}): {en}")
            : ($"{offer.NameTr} bu ihtiyaca ({need.NameTr}) uygun", $"{offer.NameEn} serves this need ({need.NameEn})");
    }

    /// <summary>The reason of the soft rule that lowered the material value, if the materials are known.</summary>
    private static (string Tr, string En)? SoftRule(MatchResult m) =>
        Materials(m) is var (_, _, relation) && relation.ReasonTr is { } tr && relation.ReasonEn is { } en ? (tr, en) : null;

    /// <summary>The two materials the model read for the pair and how they relate, or null when either is unknown.</summary>
    private static (MaterialInfo Offer, MaterialInfo Need, MaterialRelation Relation)? Materials(MatchResult m)
    {
        var catalog = MaterialCatalog.Default;
        var offerId = m.OfferMaterial is null ? 0 : catalog.IdOf(m.OfferMaterial);
        var needId = m.NeedMaterial is null ? 0 : catalog.IdOf(m.NeedMaterial);
        return offerId == 0 || needId == 0 ? null : (catalog.Get(offerId), catalog.Get(needId), catalog.Relation(offerId, needId));
    }

    private static (string Tr, string En) SameCode(string offer, MatchingKnowledge? knowledge)
    {
        var tr = WasteTr(offer);
        var en = WasteEn(offer, knowledge);
        return (
            $"Aynı atık kodu ({Code(offer)})" + (tr is null ? string.Empty : $": {tr}"),
            $"Same waste code ({Code(offer)})" + (en is null ? string.Empty : $": {en}"));
    }

    private static (string Tr, string En) AcceptedCategory(string offer, string need, MatchingKnowledge? knowledge)
    {
        var (levelTr, levelEn) = need.Length == 4 ? ("alt bölümünün", "sub-chapter") : ("bölümünün", "chapter");
        var needTr = WasteTr(need) is { } t ? $" (“{t}”)" : string.Empty;
        var needEn = WasteEn(need, knowledge) is { } e ? $" (“{e}”)" : string.Empty;
        return (
            $"İhtiyaç {Code(need)} {levelTr}{needTr} atıklarını kabul ediyor; teklif bu gruptan: {Titled(Code(offer), WasteTr(offer))}",
            $"The need accepts wastes of {levelEn} {Code(need)}{needEn}; the offer belongs to it: {Titled(Code(offer), WasteEn(offer, knowledge))}");
    }

    private static (string Tr, string En) SameSubChapter(string offer, string need, MatchingKnowledge? knowledge) => (
        $"Aynı atık alt bölümü ({Code(EwcCode.SubChapter(offer))}), farklı kodlar: teklif {Titled(Code(offer), WasteTr(offer))}, ihtiyaç {Titled(Code(need), WasteTr(need))}",
        $"Same waste sub-chapter ({Code(EwcCode.SubChapter(offer))}), different codes: offer {Titled(Code(offer), WasteEn(offer, knowledge))}, need {Titled(Code(need), WasteEn(need, knowledge))}");

    private static (string Tr, string En) SameGroup(string? offer, string? need, MatchingKnowledge? knowledge)
    {
        // The group the score used comes from each stream's code or description; name it only when
        // both codes alone give that same group.
        var offerGroup = knowledge?.MaterialGroupOf(offer, null);
        if (need is { Length: 6 } && offerGroup is not null && offerGroup == knowledge!.MaterialGroupOf(need, null) && Group(offerGroup) is { } g)
        {
            return ($"Teklif ve ihtiyaç aynı malzeme grubunda: {g.Tr}", $"The offer and the need are in the same material group: {g.En}");
        }

        return ("Teklif ve ihtiyaç, atık kodlarına ya da açıklamalarına göre aynı malzeme grubunda", "The offer and the need are in the same material group by their waste codes or descriptions");
    }

    /// <summary>
    /// The synergy-library line: how many library exchanges of this very code went to the receiving
    /// sector, or, when only other codes of the sub-chapter did, that the evidence is about other
    /// codes and the material is not confirmed to be the same.
    /// </summary>
    /// <summary>
    /// The route line: the route's use, operation and source, and the receiving division; while the
    /// other party is anonymous the sector stays hidden, as in the library line (the use would name it).
    /// </summary>
    private static (string Tr, string En) RouteLine(string offer, RecoveryRoute route, string? division, MatchingKnowledge? knowledge, bool anonymised)
    {
        if (anonymised || division is null)
        {
            var (opTr, opEn) = RecoveryRoutes.Describe(route.RCode);
            return (
                $"Geri kazanım yolları tablosuna göre bu atık kodu ({Titled(Code(offer), WasteTr(offer))}) karşı tarafın sektörüne gidiyor — {opTr}; sektör gizli: karşı taraf anonim",
                $"By the recovery-route table, this waste code ({Titled(Code(offer), WasteEn(offer, knowledge))}) goes to the other party's sector — {opEn}; the sector is hidden while the other party is anonymous");
        }

        var (tr, en) = RecoveryRoutes.Line(route, route.Level(offer));
        var titleTr = NaceTr(division) is { } t ? $" ({t})" : string.Empty;
        var titleEn = NaceEn(division, knowledge) is { } e ? $" ({e})" : string.Empty;
        return ($"{tr}; alıcının sektörü NACE {division} bölümü{titleTr}", $"{en}; the receiver's sector is NACE division {division}{titleEn}");
    }

    private static (string Tr, string En) Library(string offer, string nace, MatchingKnowledge? knowledge)
    {
        var (levelTr, levelEn) = nace.Length switch
        {
            2 => ("bölümüne", "division"),
            4 => ("grubuna", "group"),
            _ => ("sınıfına", "class"),
        };
        var titleTr = NaceTr(nace) is { } t ? $" ({t})" : string.Empty;
        var titleEn = NaceEn(nace, knowledge) is { } e ? $" ({e})" : string.Empty;
        var offerTr = Titled(Code(offer), WasteTr(offer));
        var offerEn = Titled(Code(offer), WasteEn(offer, knowledge));
        if (knowledge is null)
        {
            return (
                $"Sinerji kütüphanesinde bu atık kodu ya da aynı alt bölümdeki kodlar ({offerTr}) NACE {nace} {levelTr} gitmiş{titleTr}",
                $"In the synergy library, this waste code or codes of its sub-chapter ({offerEn}) went to NACE {levelEn} {nace}{titleEn}");
        }

        // The score meets receivers by division: count exchanges with a receiver code under it.
        var same = knowledge.Exchanges.Count(x => x.EwcCodes.Contains(offer) && x.ReceiverCodes.Any(r => MatchingKnowledge.IsUnder(r, nace)));
        if (same > 0)
        {
            return (
                $"Sinerji kütüphanesinde bu atık koduyla ({offerTr}) {CountTr(same, "değişim")} NACE {nace} {levelTr} gitmiş{titleTr}",
                $"In the synergy library, {CountEn(same, "exchange", "exchanges")} of this waste code ({offerEn}) went to NACE {levelEn} {nace}{titleEn}");
        }

        // Name the other codes (the two most frequent), so the reader can judge whether they are the same material.
        var sub = EwcCode.SubChapter(offer);
        var exchanges = knowledge.Exchanges.Where(x => x.EwcCodes.Any(c => EwcCode.SubChapter(c) == sub) && x.ReceiverCodes.Any(r => MatchingKnowledge.IsUnder(r, nace))).ToList();
        var codes = exchanges.SelectMany(x => x.EwcCodes.Where(c => EwcCode.SubChapter(c) == sub).Distinct())
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        var namedTr = string.Join(", ", codes.Take(2).Select(c => Titled(Code(c), WasteTr(c)))) + (codes.Count > 2 ? " …" : string.Empty);
        var namedEn = string.Join(", ", codes.Take(2).Select(c => Titled(Code(c), WasteEn(c, knowledge)))) + (codes.Count > 2 ? " …" : string.Empty);
        return (
            $"Sinerji kütüphanesinde bu atık koduyla ({offerTr}) değişim yok; aynı alt bölümün başka kodlarıyla ({namedTr}) {CountTr(exchanges.Count, "değişim")} NACE {nace} {levelTr} gitmiş{titleTr}; aynı malzeme olduğu doğrulanmadı",
            $"The synergy library has no exchange of this waste code ({offerEn}); {CountEn(exchanges.Count, "exchange", "exchanges")} of other codes of its sub-chapter ({namedEn}) went to NACE {levelEn} {nace}{titleEn}; not confirmed to be the same material");
    }

    /// <summary>The quantity line when an amount is missing (both views say the same: no figure is hidden when there is none).</summary>
    internal static (string Tr, string En)? MissingQuantity(MatchResult m) => (m.OfferAnnual > 0, m.NeedAnnual > 0) switch
    {
        (false, false) => (
            "Miktar belirtilmemiş: ne teklifte ne ihtiyaçta miktar var; miktar uyumu hesaplanamadı (0 puan)",
            "Quantity not stated: neither the offer nor the need gives an amount; quantity fit cannot be computed (scored 0)"),
        (false, true) => (
            "Miktar belirtilmemiş: teklifte miktar yok; miktar uyumu hesaplanamadı (0 puan)",
            "Quantity not stated: the offer gives no amount; quantity fit cannot be computed (scored 0)"),
        (true, false) => (
            "Miktar belirtilmemiş: ihtiyaçta miktar yok; miktar uyumu hesaplanamadı (0 puan)",
            "Quantity not stated: the need gives no amount; quantity fit cannot be computed (scored 0)"),
        _ => null,
    };

    /// <summary>The one-off ↔ recurring note of a quantity line.</summary>
    internal static (string Tr, string En) PeriodNote(MatchResult m) => m.PeriodMismatch
        ? ("; biri tek seferlik, diğeri düzenli (uyum %20 düşürüldü)", "; one side is a one-off lot, the other recurring (fit lowered by 20%)")
        : (string.Empty, string.Empty);

    private static (string Tr, string En) QuantityReason(MatchResult m)
    {
        if (MissingQuantity(m) is { } missing)
        {
            return missing;
        }

        var (coverTr, coverEn) = m.OfferAnnual >= m.NeedAnnual
            ? ("teklif ihtiyacın tamamını karşılar", "the offer covers the whole need")
            : m.OfferAnnual / m.NeedAnnual < 0.005
                ? ("teklif ihtiyacı %1'den az oranda karşılar", "the offer covers less than 1% of the need")
                : ($"teklif ihtiyacı %{Percent(m.OfferAnnual / m.NeedAnnual, TrCulture)} oranında karşılar", $"the offer covers {Percent(m.OfferAnnual / m.NeedAnnual, EnCulture)}% of the need");
        var (noteTr, noteEn) = PeriodNote(m);

        // The score compares the amounts' ranges (what others may know of them): when both lie in one
        // range, a full fit next to a partial cover would read as a contradiction, so say why.
        var band = QuantityBand.OfAnnual(m.OfferAnnual, m.Dimension);
        if (m.OfferAnnual < m.NeedAnnual && band == QuantityBand.OfAnnual(m.NeedAnnual, m.Dimension))
        {
            var range = band.To is { } to ? (Tr: $"{band.From.ToString("N0", TrCulture)}–{to.ToString("N0", TrCulture)}", En: $"{band.From.ToString("N0", EnCulture)}–{to.ToString("N0", EnCulture)}") : (Tr: $"≥ {band.From.ToString("N0", TrCulture)}", En: $"≥ {band.From.ToString("N0", EnCulture)}");
            noteTr += $"; puan miktar aralıklarını karşılaştırır, ikisi de {range.Tr} {m.BaseUnit}/yıl aralığında";
            noteEn += $"; the score compares the amounts' ranges, both in {range.En} {Unit(m.BaseUnit)}/yr";
        }

        return (
            $"Teklif {N(m.OfferAnnual, TrCulture)} {m.BaseUnit}/yıl, ihtiyaç {N(m.NeedAnnual, TrCulture)} {m.BaseUnit}/yıl; {coverTr}{noteTr}",
            $"Offer {N(m.OfferAnnual, EnCulture)} {Unit(m.BaseUnit)}/yr, need {N(m.NeedAnnual, EnCulture)} {Unit(m.BaseUnit)}/yr; {coverEn}{noteEn}");
    }

    /// <summary>The distance line when a firm's location is unknown (the score then assumes a distance).</summary>
    internal static (string Tr, string En) UnknownLocation(MatchResult m, MatchingOptions options)
    {
        var km = options.AssumedDistanceKmWhenUnknown;
        var cost = Math.Round(m.TransportTryPerTonne, 0);
        return (
            $"Konum eksik: firmalardan en az birinin konumu kayıtlı değil; mesafe {km.ToString("0", TrCulture)} km varsayıldı, tahmini nakliye {cost.ToString("N0", TrCulture)} TL/t (mesafe puanı 0,5)",
            $"Location missing: at least one firm has no location on record; {km.ToString("0", EnCulture)} km assumed, estimated transport {cost.ToString("N0", EnCulture)} TRY/t (distance scored 0.5)");
    }

    private static (string Tr, string En) DistanceReason(MatchResult m, MatchingOptions options)
    {
        if (m.RoadKm is not { } km)
        {
            return UnknownLocation(m, options);
        }

        var cost = Math.Round(options.TransportFixedTryPerTonne + (options.TransportTryPerTonneKm * km), 0);
        var tr = $"{km.ToString("0", TrCulture)} km, tahmini nakliye {cost.ToString("N0", TrCulture)} TL/t";
        var en = $"{km.ToString("0", EnCulture)} km, estimated transport {cost.ToString("N0", EnCulture)} TRY/t";

        // The score, the economics and the CO2e use the distance between the firms' areas (what an
        // anonymous party may know); say so when it reads differently from the exact one.
        if (m.AreaRoadKm is { } area && Math.Round(area) != Math.Round(km))
        {
            tr += $"; puan ve tahminler firmaların bölgeleri arasındaki ≈ {area.ToString("0", TrCulture)} km ile hesaplandı";
            en += $"; the score and estimates use ≈ {area.ToString("0", EnCulture)} km between the firms' areas";
        }

        var (haulTr, haulEn) = HaulNote(m, options);
        return ($"{tr}; {haulTr}", $"{en}; {haulEn}");
    }

    /// <summary>Where the distance factor reaches 0: the offer material's usual haul, or the default scale.</summary>
    internal static (string Tr, string En) HaulNote(MatchResult m, MatchingOptions options)
    {
        var haul = PairScorer.HaulKm(m.OfferMaterial is { } key ? Knowledge.Materials.MaterialCatalog.Default.IdOf(key) : 0, options);
        var own = Math.Abs(haul - options.DefaultMaxTransportKm) > 0.5;
        return (
            $"mesafe puanı {haul.ToString("N0", TrCulture)} km'de sıfıra iner{(own ? " (bu malzemenin olağan taşıma menzili)" : string.Empty)}",
            $"the distance score reaches 0 at {haul.ToString("N0", EnCulture)} km{(own ? " (this material's usual haul)" : string.Empty)}");
    }

    internal static (string Tr, string En) TimingReason(MatchResult m) => m.OverlapDays switch
    {
        null => ("İki tarafın da süre sınırı yok", "Neither side has an availability limit"),
        0 => ("Uygunluk dönemleri örtüşmüyor", "The availability windows do not overlap"),
        { } d => ($"Uygunluk dönemleri {CountTr(d, "gün")} örtüşüyor", $"The availability windows overlap for {CountEn(d, "day", "days")}"),
    };

    /// <summary>The economics and environment lines of a unit without per-tonne estimates (energy, pieces, hours, area).</summary>
    internal static (string Tr, string En) NoPerTonne(MatchResult m, string whatTr, string whatEn) => (
        $"Birim {m.BaseUnit} kütle ya da hacim değil; ton başına {whatTr} tahmini yapılamadı (puan 0,5)",
        $"The unit {Unit(m.BaseUnit)} is neither a mass nor a volume; no per-tonne {whatEn} estimate (scored 0.5)");

    /// <summary>
    /// The economics line: the estimate the score uses (default disposal and purchase prices,
    /// transport between the firms' areas); <paramref name="withPrices"/> adds the firms' own
    /// prices, for a reader who may see both.
    /// </summary>
    internal static (string Tr, string En) EconomicsReason(MatchResult m, bool withPrices)
    {
        if (!m.PerTonneEstimates)
        {
            return NoPerTonne(m, "maliyet", "cost");
        }

        var net = m.AvoidedDisposalTryPerTonne + m.AvoidedPurchaseTryPerTonne - m.TransportTryPerTonne;
        var (whatTr, whatEn) = net >= 0 ? ("net kazanç", "net gain") : ("net maliyet", "net cost");
        var tr = $"Varsayılan fiyatlarla tahmini {whatTr} ≈ {N(Math.Abs(net), TrCulture)} TL/t (önlenen bertaraf {N(m.AvoidedDisposalTryPerTonne, TrCulture)} + önlenen hammadde alımı {N(m.AvoidedPurchaseTryPerTonne, TrCulture)} − nakliye ≈ {N(m.TransportTryPerTonne, TrCulture)})";
        var en = $"At default prices, estimated {whatEn} ≈ {N(Math.Abs(net), EnCulture)} TRY/t (avoided disposal {N(m.AvoidedDisposalTryPerTonne, EnCulture)} + avoided purchase {N(m.AvoidedPurchaseTryPerTonne, EnCulture)} − transport ≈ {N(m.TransportTryPerTonne, EnCulture)})";
        if (!withPrices)
        {
            return (tr, en);
        }

        if (m.OfferPricePerTonne is { } offer)
        {
            tr += offer switch
            {
                > 0 => $"; teklif fiyatı {N(offer, TrCulture)} TL/t",
                0 => "; teklif ücretsiz",
                _ => $"; teklif eden firma ton başına {N(-offer, TrCulture)} TL öder",
            };
            en += offer switch
            {
                > 0 => $"; offer price {N(offer, EnCulture)} TRY/t",
                0 => "; offered free of charge",
                _ => $"; the offering firm pays {N(-offer, EnCulture)} TRY/t",
            };
        }

        if (m.NeedPricePerTonne is { } need)
        {
            tr += need switch
            {
                > 0 => $"; ihtiyacın fiyatı {N(need, TrCulture)} TL/t",
                0 => "; ihtiyaç sahibi ücret ödemeden alır",
                _ => $"; ihtiyaç sahibi ton başına {N(-need, TrCulture)} TL kabul ücreti ister",
            };
            en += need switch
            {
                > 0 => $"; need's price {N(need, EnCulture)} TRY/t",
                0 => "; the receiver takes it at no charge",
                _ => $"; the receiver asks a gate fee of {N(-need, EnCulture)} TRY/t",
            };
        }

        return m.PriceGap ? (tr + "; fiyat beklentileri uyuşmuyor", en + "; price expectations differ") : (tr, en);
    }

    /// <summary>The per-tonne part of the environment line (the same in every view).</summary>
    internal static (string Tr, string En) EnvironmentPerTonne(MatchResult m)
    {
        var net = m.Co2eSavingKgPerTonne - m.TransportCo2eKgPerTonne;
        var sourceTr = m.Co2eSourceTr.Length > 0 ? $"; kaynak: {m.Co2eSourceTr}" : string.Empty;
        var sourceEn = m.Co2eSourceEn.Length > 0 ? $"; source: {m.Co2eSourceEn}" : string.Empty;
        return net > 0
            ? (
                $"≈ {N(net, TrCulture)} kg CO2e/t önlenir (nakliye ≈ {N(m.TransportCo2eKgPerTonne, TrCulture)} kg düşüldü{sourceTr})",
                $"≈ {N(net, EnCulture)} kg CO2e/t avoided (transport ≈ {N(m.TransportCo2eKgPerTonne, EnCulture)} kg subtracted{sourceEn})")
            : (
                $"Net kazanç yok: nakliye ≈ {N(m.TransportCo2eKgPerTonne, TrCulture)} kg CO2e/t, önlenen ≈ {N(m.Co2eSavingKgPerTonne, TrCulture)} kg CO2e/t{sourceTr}",
                $"No net saving: transport ≈ {N(m.TransportCo2eKgPerTonne, EnCulture)} kg CO2e/t, avoided ≈ {N(m.Co2eSavingKgPerTonne, EnCulture)} kg CO2e/t{sourceEn}");
    }

    private static (string Tr, string En) EnvironmentReason(MatchResult m)
    {
        if (!m.PerTonneEstimates)
        {
            return NoPerTonne(m, "CO2e", "CO2e");
        }

        var (tr, en) = EnvironmentPerTonne(m);
        if (MissingQuantity(m) is not null)
        {
            return (tr + "; miktar belirtilmediğinden yıllık toplam hesaplanamadı", en + "; no yearly total without both amounts");
        }

        return m.NetCo2eTonnesPerYear > 0
            ? ($"{tr}; yılda ≈ {N(m.NetCo2eTonnesPerYear, TrCulture)} t", $"{en}; ≈ {N(m.NetCo2eTonnesPerYear, EnCulture)} t per year")
            : (tr, en);
    }

    /// <summary>A share 0–1 as a whole percentage.</summary>
    internal static string Percent(double share, CultureInfo c) => (share * 100).ToString("0", c);

    /// <summary>A figure as reasons show it: whole numbers from 10 up and for zero, one decimal below.</summary>
    internal static string N(double v, CultureInfo c) => v == 0 ? "0" : v.ToString(Math.Abs(v) >= 10 ? "N0" : "N1", c);

    /// <summary>The English symbol of a base unit.</summary>
    internal static string Unit(string u) => u == "adet" ? "pcs" : u;
}
