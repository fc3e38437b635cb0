using System.Globalization;
using System.Reflection;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>Who acts in the demo exchanges: the demo accounts where they exist, fixed stand-ins otherwise.</summary>
/// <param name="Staff">The OIZ staff who records and proposes (zones 1 and 2).</param>
/// <param name="Expert">The İZKA expert who decides (the demo expert: the exchanges waiting for review were proposed by staff, so they are in its queue).</param>
/// <param name="FirmUsers">A user of each firm that has a demo account (the demo firm users).</param>
/// <param name="DemoFirmId">The firm of <c>firma@demo.izmirsym.org</c>: a party in several exchanges.</param>
internal sealed record DemoActors(Guid Staff, Guid Expert, IReadOnlyDictionary<Guid, Guid> FirmUsers, Guid DemoFirmId)
{
    /// <summary>A user acting for <paramref name="companyId"/>: its demo account, or a fixed stand-in derived from the firm.</summary>
    public Guid UserOf(Guid companyId) => FirmUsers.TryGetValue(companyId, out var user) ? user : Derived(companyId, 0x77);

    /// <summary>A fixed id derived from <paramref name="source"/> (no random source: adding exchanges never shifts firms or streams).</summary>
    public static Guid Derived(Guid source, byte salt)
    {
        var bytes = source.ToByteArray(bigEndian: true);
        bytes[0] ^= salt;
        bytes[1] ^= (byte)(salt * 3);
        bytes[6] = (byte)(0x40 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}

/// <summary>
/// The demo exchanges: one at every stage of the workflow (three waiting for review: a plain waste,
/// a hazardous waste towards a licensed receiver and a by-product with a condition still open),
/// several with the demo firm as a party, each with the history of how it got there. Pure and
/// deterministic: the firms and streams are the demo set's (ordered by id), the times fixed offsets
/// from <see cref="DemoDataGenerator.Epoch"/>, the ids derived from the pair.
/// </summary>
internal static class DemoExchanges
{
    private static readonly PropertyInfo s_id = typeof(Exchange).GetProperty(nameof(Exchange.Id))!;

    private enum Kind
    {
        Plain,
        Hazardous,
        ByProduct,
    }

    private sealed record Scenario(ExchangeStage Target, bool DemoFirmDonor, bool DemoFirmReceiver, Kind Kind = Kind.Plain, bool ReceiverConfirms = true);

    private static readonly Scenario[] s_scenarios =
    [
        new(ExchangeStage.Identified, true, false),
        new(ExchangeStage.Proposed, false, true, ReceiverConfirms: false),
        new(ExchangeStage.UnderReview, true, false),
        new(ExchangeStage.UnderReview, false, false, Kind.Hazardous),
        new(ExchangeStage.UnderReview, false, false, Kind.ByProduct),
        new(ExchangeStage.Approved, false, false),
        new(ExchangeStage.InImplementation, false, true),
        new(ExchangeStage.Implemented, false, false),
        new(ExchangeStage.Verified, true, false),
        new(ExchangeStage.Rejected, false, false),
        new(ExchangeStage.Withdrawn, false, true),

        // More completed symbioses between other firms, so the dashboard, the Sankey, the reports and
        // the public page (which shows no figure standing for fewer than three firms) have verified figures.
        new(ExchangeStage.Verified, false, false),
        new(ExchangeStage.Verified, false, false),
    ];

    /// <summary>
    /// Builds the exchanges and their history entries. The verified one takes an offer whose waste code
    /// is in <paramref name="profiledCodes"/> (a material profile with CO2e factors) when there is one,
    /// so the demo ledger has a verified CO2e figure.
    /// </summary>
    public static IReadOnlyList<(Exchange Exchange, IReadOnlyList<ExchangeHistoryEntry> History)> Build(
        IReadOnlyList<Company> companies, IReadOnlyList<ResourceStream> streams, IReadOnlySet<string> hazardousCodes, DemoActors actors,
        IReadOnlySet<string>? profiledCodes = null)
    {
        var firms = companies.OrderBy(c => c.Id).ToDictionary(c => c.Id);
        var offers = streams.Where(s => s.Direction == StreamDirection.Offer && s.Status == StreamStatus.Active).OrderBy(s => s.Id).ToList();
        var needs = streams.Where(s => s.Direction == StreamDirection.Need).OrderBy(s => s.Id).ToList();
        var facilitated = new HashSet<int?> { 1, 2 };
        var used = new HashSet<(Guid Offer, Guid Receiver)>();
        var result = new List<(Exchange, IReadOnlyList<ExchangeHistoryEntry>)>();
        for (var i = 0; i < s_scenarios.Length; i++)
        {
            var scenario = s_scenarios[i];
            // A demo firm with too few offers of its own takes part as the receiver instead; the
            // verified exchange tries the profiled offers first (either way round).
            (ResourceStream Offer, Company Receiver, string? Operation)? pick = null;
            var pools = scenario.Target == ExchangeStage.Verified && profiledCodes is { Count: > 0 }
                ? [offers.Where(o => o.EwcCode is { } c && profiledCodes.Contains(c)).ToList(), offers]
                : new[] { offers };
            foreach (var pool in pools)
            {
                pick ??= Pick(scenario, firms, pool, needs, hazardousCodes, actors, facilitated, used)
                    ?? (scenario.DemoFirmDonor ? Pick(scenario with { DemoFirmDonor = false, DemoFirmReceiver = true }, firms, pool, needs, hazardousCodes, actors, facilitated, used) : null);
            }

            if (pick is not { } pair)
            {
                continue;
            }

            used.Add((pair.Offer.Id, pair.Receiver.Id));
            result.Add(Play(i, scenario, pair.Offer, pair.Receiver, pair.Operation, firms, hazardousCodes, actors));
        }

        return result;
    }

    private static (ResourceStream Offer, Company Receiver, string? Operation)? Pick(
        Scenario scenario, Dictionary<Guid, Company> firms, List<ResourceStream> offers, List<ResourceStream> needs, IReadOnlySet<string> hazardous,
        DemoActors actors, HashSet<int?> facilitated, HashSet<(Guid, Guid)> used)
    {
        bool Hazardous(ResourceStream s) => s.EwcCode is { } c && hazardous.Contains(c);
        if (scenario.Kind == Kind.Hazardous)
        {
            // A hazardous offer and a firm whose permit covers it with a recovery operation.
            foreach (var offer in offers.Where(Hazardous))
            {
                foreach (var receiver in firms.Values.Where(f => f.Id != offer.CompanyId))
                {
                    var permit = receiver.Permits.FirstOrDefault(p => p.Covers(offer.EwcCode!) && p.Operations.Any(o => o[0] == 'R') && p.ValidUntil.Year >= 2030);
                    if (permit is not null && !used.Contains((offer.Id, receiver.Id)))
                    {
                        return (offer, receiver, permit.Operations.First(o => o[0] == 'R'));
                    }
                }
            }

            return null;
        }

        var candidates = offers.Where(o => o.EwcCode is not null && !Hazardous(o) && o.Kind == ResourceKind.Material);
        if (scenario.Target == ExchangeStage.Verified)
        {
            // A verified symbiosis reports tonnes diverted: an offer measured by mass.
            candidates = candidates.Where(o => o.Quantity.Dimension == Dimension.Mass);
        }

        if (scenario.DemoFirmDonor)
        {
            candidates = candidates.Where(o => o.CompanyId == actors.DemoFirmId);
        }
        else
        {
            // Other firms' offers, in the demo staff's zones so the demo staff follows them too.
            candidates = candidates.Where(o => o.CompanyId != actors.DemoFirmId && facilitated.Contains(firms[o.CompanyId].ZoneId));
        }

        foreach (var offer in candidates)
        {
            var receiver = scenario.DemoFirmReceiver
                ? firms.GetValueOrDefault(actors.DemoFirmId)
                : ReceiverFor(offer, firms, needs);
            if (receiver is not null && receiver.Id != offer.CompanyId && !used.Contains((offer.Id, receiver.Id)) && !used.Any(u => u.Item1 == offer.Id))
            {
                return (offer, receiver, OperationFor(offer.EwcCode!));
            }
        }

        return null;
    }

    /// <summary>A firm that needs material of the offer's sub-chapter (or chapter), else the next firm by id.</summary>
    private static Company ReceiverFor(ResourceStream offer, Dictionary<Guid, Company> firms, List<ResourceStream> needs)
    {
        var code = offer.EwcCode!;
        var need = needs.FirstOrDefault(n => n.CompanyId != offer.CompanyId && n.EwcScope is { } s && code.StartsWith(s[..Math.Min(4, s.Length)], StringComparison.Ordinal))
            ?? needs.FirstOrDefault(n => n.CompanyId != offer.CompanyId && n.EwcScope is { } s && s[..2] == code[..2]);
        return need is not null ? firms[need.CompanyId] : firms.Values.First(f => f.Id != offer.CompanyId);
    }

    /// <summary>A plausible recovery operation for the code's chapter.</summary>
    private static string OperationFor(string code) => code[..2] switch
    {
        "12" or "16" or "17" => "R4",
        "01" or "10" or "19" => "R5",
        "13" => "R9",
        "02" or "03" or "04" => "R3",
        _ => "R3",
    };

    /// <summary>Days of delivery an expert verifies in the demo (three months).</summary>
    private const int VerifiedDays = 90;

    /// <summary>
    /// The quantity delivered over <paramref name="days"/> days of an agreement of
    /// <paramref name="amount"/> per <paramref name="period"/>: the agreed rate over those days, and a
    /// little less than agreed (90 %), as first months usually run; a one-off lot is delivered once.
    /// The verified figures then stay in proportion to the forecast's yearly figures.
    /// </summary>
    internal static decimal Delivered(decimal amount, QuantityPeriod period, int days)
    {
        var agreed = period == QuantityPeriod.OneOff ? amount : amount * (decimal)Quantity.PerYearFactor(period) * days / 365m;
        return decimal.Round(Math.Max(agreed * 0.9m, 0.1m), 1);
    }

    private static (Exchange, IReadOnlyList<ExchangeHistoryEntry>) Play(
        int index, Scenario scenario, ResourceStream offer, Company receiver, string? operation, Dictionary<Guid, Company> firms,
        IReadOnlySet<string> hazardous, DemoActors actors)
    {
        var donor = firms[offer.CompanyId];
        var t0 = DemoDataGenerator.Epoch.AddDays(150 + (index * 9)).AddHours(9);
        var start = DateOnly.FromDateTime(t0.AddDays(45).UtcDateTime);
        var amount = decimal.Round(Math.Max(offer.Quantity.Amount * 0.8m, 1m), 1);
        var distance = donor.Location is { } a && receiver.Location is { } b ? (int)Math.Round(a.DistanceKmTo(b)) : 15;
        var draft = new ExchangeDraft(
            Title(offer.Description, receiver),
            AgreedQuantity: new Quantity(amount, offer.Quantity.Unit, offer.Quantity.Period),
            Route: scenario.Kind == Kind.ByProduct ? ExchangeRoute.ByProduct : ExchangeRoute.WasteRecovery,
            RecoveryOperation: scenario.Kind == Kind.ByProduct ? null : operation,
            TransportMode: TransportMode.Road,
            DistanceKm: distance,
            PlannedStart: start,
            CommercialTerms: string.Create(CultureInfo.InvariantCulture, $"Ton başına {150 + (index * 35)} TL, nakliye alıcıya ait; 12 ay, 3 ay ihbar süresiyle."),
            ByProductAnswers: scenario.Kind == Kind.ByProduct ? ByProductAnswers() : null);
        var exchange = Exchange.Create(donor.Id, receiver.Id, offer.Id, draft, actors.Staff, t0);
        s_id.SetValue(exchange, DemoActors.Derived(offer.Id, (byte)(0x30 + index)));
        var history = new List<ExchangeHistoryEntry> { exchange.CreationEntry() };
        var step = 0;
        void Do(ExchangeActor actor, Guid user, Guid? company, ExchangeAction action, TransitionDetails? details = null, LegalChecklist? checklist = null) =>
            history.Add(exchange.Apply(actor, user, company, action, details ?? TransitionDetails.None, t0.AddDays(++step * 3).AddHours(step), checklist));

        if (scenario.Target == ExchangeStage.Identified)
        {
            return (exchange, history);
        }

        Do(ExchangeActor.ZoneStaff, actors.Staff, null, ExchangeAction.Propose);
        Do(ExchangeActor.PartyFirmUser, actors.UserOf(donor.Id), donor.Id, ExchangeAction.ConfirmParticipation);
        if (scenario.ReceiverConfirms)
        {
            Do(ExchangeActor.PartyFirmUser, actors.UserOf(receiver.Id), receiver.Id, ExchangeAction.ConfirmParticipation);
        }

        if (scenario.Target == ExchangeStage.Withdrawn)
        {
            Do(ExchangeActor.PartyFirmUser, actors.UserOf(receiver.Id), receiver.Id, ExchangeAction.Withdraw,
                new TransitionDetails("Malzeme kalitesi üretim hattımızın şartnamesine uymuyor; deneme partisi başarısız."));
        }

        if (scenario.Target is ExchangeStage.Proposed or ExchangeStage.Withdrawn)
        {
            return (exchange, history);
        }

        Do(ExchangeActor.ZoneStaff, actors.Staff, null, ExchangeAction.SubmitForReview);
        if (scenario.Target == ExchangeStage.Rejected)
        {
            Do(ExchangeActor.Expert, actors.Expert, null, ExchangeAction.Reject,
                new TransitionDetails("Taşıma mesafesi ve nem içeriği nedeniyle çevresel fayda gösterilemedi; analiz raporuyla yeniden başvurulabilir."));
        }

        if (scenario.Target is ExchangeStage.UnderReview or ExchangeStage.Rejected)
        {
            return (exchange, history);
        }

        var checklist = LegalChecklist.Evaluate(exchange, new OfferFacts(offer.EwcCode, offer.EwcCode is { } c && hazardous.Contains(c)), receiver.Permits);
        Do(ExchangeActor.Expert, actors.Expert, null, ExchangeAction.Approve, new TransitionDetails("Yasal kontrol listesi tamam."), checklist);
        if (scenario.Target == ExchangeStage.Approved)
        {
            return (exchange, history);
        }

        Do(ExchangeActor.PartyFirmUser, actors.UserOf(receiver.Id), receiver.Id, ExchangeAction.StartImplementation, new TransitionDetails(Date: start));
        if (scenario.Target == ExchangeStage.InImplementation)
        {
            return (exchange, history);
        }

        Do(ExchangeActor.PartyFirmUser, actors.UserOf(donor.Id), donor.Id, ExchangeAction.ReportImplemented, new TransitionDetails(Date: start.AddDays(12)));
        if (scenario.Target == ExchangeStage.Implemented)
        {
            return (exchange, history);
        }

        Do(ExchangeActor.Expert, actors.Expert, null, ExchangeAction.Verify, new TransitionDetails(Verification: new VerificationFigures(
            Delivered(amount, offer.Quantity.Period, VerifiedDays), offer.Quantity.Unit, start.AddDays(12), start.AddDays(12 + VerifiedDays), "Kantar fişleri ve MoTAT atık taşıma formları (3 ay)")));
        return (exchange, history);
    }

    private static ByProductAnswer[] ByProductAnswers() =>
    [
        new(ByProductCondition.IntegralPartOfProduction, ConditionAnswer.Yes, "Proses akım şeması: ana ürünle birlikte sürekli oluşuyor."),
        new(ByProductCondition.InCapacityReport, ConditionAnswer.Yes, "Kapasite raporu 2025, yan ürünler bölümü."),
        new(ByProductCondition.ContinuousDemand, ConditionAnswer.Unanswered, null),
        new(ByProductCondition.DirectUseWithoutTreatment, ConditionAnswer.Yes, "Yalnızca eleme ve kurutma (fiziksel işlem)."),
        new(ByProductCondition.MeetsStandards, ConditionAnswer.Yes, "TS EN 197-1 uygunluk analizi, akredite laboratuvar raporu."),
        new(ByProductCondition.NoHarmToEnvironmentOrHealth, ConditionAnswer.Yes, "Liç testi sonuçları sınır değerlerin altında."),
    ];

    private static string Title(string description, Company receiver)
    {
        var what = description.Length > 80 ? description[..80] : description;
        // The title is shown to firms that do not see each other yet: material and district, never a name.
        var title = $"{what} → {receiver.District}";
        return title.Length <= Exchange.TitleMaxLength ? title : title[..Exchange.TitleMaxLength];
    }
}
