using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// Draws each firm's offers and needs from its sector's templates (and the common ones):
/// quantities scaled to the firm's size, availability windows in 2026–2028, prices, transport
/// limits, status and visibility. Everything goes through the domain API, so its rules hold.
/// </summary>
internal sealed class DemoStreamBuilder(ReferenceDataSet reference, Random random)
{
    private const int StreamsPerFirm = 2;
    private const int MaxStreamsPerFirm = 6;
    private const double CommonShare = 0.3;

    private static readonly DateOnly s_firstDay = new(2026, 1, 1);
    private static readonly DateOnly s_lastDay = new(2028, 12, 31);
    private static readonly int[] s_transportLimitsKm = [25, 50, 75, 100, 150, 200, 300];

    private readonly HashSet<string> _hazardous = reference.WasteCodes
        .Where(w => w.IsHazardous).Select(w => w.Code).ToHashSet(StringComparer.Ordinal);

    public List<ResourceStream> Build(IReadOnlyList<DemoFirm> firms, int total)
    {
        var counts = Enumerable.Repeat(StreamsPerFirm, firms.Count).ToArray();
        var extra = total - (StreamsPerFirm * firms.Count);
        if (extra < 0 || total > MaxStreamsPerFirm * firms.Count)
        {
            throw new InvalidOperationException($"{total} demo streams do not fit {firms.Count} firms.");
        }

        // Larger firms declare more streams.
        int[] weights = [.. firms.Select(f => f.Company.SizeBand switch { SizeBand.Large => 4, SizeBand.Medium => 2, _ => 1 })];
        while (extra > 0)
        {
            var i = random.WeightedIndex(weights);
            if (counts[i] < MaxStreamsPerFirm)
            {
                counts[i]++;
                extra--;
            }
        }

        var streams = new List<ResourceStream>(total);
        for (var i = 0; i < firms.Count; i++)
        {
            var used = new HashSet<StreamTemplate>();
            for (var k = 0; k < counts[i]; k++)
            {
                var template = NextTemplate(firms[i], k, used);
                used.Add(template);
                streams.Add(NewStream(firms[i].Company, template, k));
            }
        }

        return streams;
    }

    /// <summary>
    /// Firm j of a sector starts at template 2j and walks on, so a sector's firms between them
    /// declare every template of the sector; extra streams sometimes come from the common list.
    /// </summary>
    private StreamTemplate NextTemplate(DemoFirm firm, int k, HashSet<StreamTemplate> used)
    {
        var own = firm.Sector.Streams;
        var wantCommon = k >= StreamsPerFirm && random.Chance(CommonShare);
        if (!wantCommon && k < own.Length && own[((StreamsPerFirm * firm.SectorIndex) + k) % own.Length] is var next && !used.Contains(next))
        {
            return next;
        }

        var start = random.Next(DemoSectors.Common.Count);
        for (var step = 0; step < DemoSectors.Common.Count; step++)
        {
            var common = DemoSectors.Common[(start + step) % DemoSectors.Common.Count];
            if (!used.Contains(common))
            {
                return common;
            }
        }

        throw new InvalidOperationException("Too few demo stream templates for one firm.");
    }

    private ResourceStream NewStream(Company company, StreamTemplate t, int k)
    {
        var oneOff = t.Kind == ResourceKind.Material && t.Direction == StreamDirection.Offer &&
                     t.Period == QuantityPeriod.PerYear && random.Chance(0.1);
        var description = oneOff ? $"{t.Description} – tek seferlik parti" : t.Description;
        var quantity = new Quantity(Amount(t, company.SizeBand, oneOff), t.Unit, oneOff ? QuantityPeriod.OneOff : t.Period);

        var stream = new ResourceStream(company.Id, t.Direction, t.Kind, description, quantity);
        stream.Describe(description, t.Ewc);
        stream.SetPhysical(t.State, Notes(t));
        var (from, until) = Window(oneOff);
        stream.SetAvailability(from, until);
        stream.SetTerms(Price(t), random.Chance(0.4) ? random.Pick(s_transportLimitsKm) : null);
        stream.SetVisibility(random.Chance(0.25) ? StreamVisibility.Named : StreamVisibility.Anonymised);
        stream.SetStatus(random.NextDouble() switch
        {
            < 0.88 => StreamStatus.Active,
            < 0.95 => StreamStatus.Draft,
            _ => StreamStatus.Paused,
        });

        var createdAt = company.CreatedAt.AddDays(1 + (3 * k)).AddMinutes(random.Next(0, 600));
        var updatedAt = random.Chance(0.3) ? createdAt.AddDays(random.Next(1, 60)) : createdAt;
        DemoEntityStamp.Apply(stream, DemoEntityStamp.NewId(random), createdAt, updatedAt);
        return stream;
    }

    private decimal Amount(StreamTemplate t, SizeBand size, bool oneOff)
    {
        var factor = size switch
        {
            SizeBand.Micro => 0.15m,
            SizeBand.Small => 0.4m,
            SizeBand.Medium => 1m,
            _ => 2.5m,
        };
        var amount = random.Between(t.MinAmount, t.MaxAmount) * factor * (oneOff ? 0.4m : 1m);
        return Rounded(amount, whole: t.Unit == QuantityUnit.Piece);
    }

    /// <summary>Three significant figures above 1000, whole numbers above 10, one decimal below.</summary>
    private static decimal Rounded(decimal amount, bool whole)
    {
        if (amount >= 1000)
        {
            var scale = 1m;
            while (amount / scale >= 1000)
            {
                scale *= 10;
            }

            return Math.Round(amount / scale) * scale;
        }

        return whole || amount >= 10 ? Math.Max(1m, Math.Round(amount)) : Math.Max(0.1m, Math.Round(amount, 1));
    }

    /// <summary>TRY per unit; a quarter of firms state none, templates without a range are free or unstated.</summary>
    private decimal? Price(StreamTemplate t)
    {
        if (t.MinPrice is not { } min || t.MaxPrice is not { } max)
        {
            return random.Chance(0.2) ? 0m : null;
        }

        if (random.Chance(0.25))
        {
            return null;
        }

        if (min <= 0 && max >= 0 && random.Chance(0.3))
        {
            return 0m; // bedelsiz: given or taken free of charge
        }

        var price = random.Between(min, max);
        price = Math.Abs(price) >= 100 ? Math.Round(price / 10) * 10 : Math.Round(price * 2) / 2;
        return price == 0 ? 0m : price;
    }

    /// <summary>Open (45%), from a day in 2026 (25%), or a dated window ending by 2028; one-off lots always dated.</summary>
    private (DateOnly? From, DateOnly? Until) Window(bool oneOff)
    {
        var from = s_firstDay.AddDays(random.Next(0, 365));
        if (oneOff)
        {
            return (from, from.AddDays(random.Next(60, 271)));
        }

        var roll = random.NextDouble();
        if (roll < 0.45)
        {
            return (null, null);
        }

        if (roll < 0.7)
        {
            return (from, null);
        }

        var until = from.AddDays(random.Next(365, 900));
        return (from, until > s_lastDay ? s_lastDay : until);
    }

    private string? Notes(StreamTemplate t)
    {
        var hazardous = t.Ewc is { } ewc && EwcCode.Normalize(ewc) is { } code && _hazardous.Contains(code);
        return hazardous
            ? $"{t.Notes} Tehlikeli atık (*): lisanslı taşıyıcı ve lisanslı tesis gerekir.".Trim()
            : t.Notes;
    }
}
