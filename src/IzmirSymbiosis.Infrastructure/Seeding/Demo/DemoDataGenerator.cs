using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// Builds the demo data set of fictional İzmir firms and their streams from a seed. Pure: no
/// database, no clock; the same seed gives the same companies, VKNs, ids, timestamps and
/// streams, so a seeder can skip firms whose VKN it has already saved.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>The seed <c>scripts/run.sh</c> and <c>izmirsym seed --demo</c> use.</summary>
    public const int DefaultSeed = 20260101;

    /// <summary>Number of streams generated (every firm gets at least two).</summary>
    public const int StreamCount = 480;

    /// <summary>Time of the first demo record; every other timestamp is a fixed offset from it.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Generates the demo data set for a seed.</summary>
    /// <exception cref="InvalidOperationException">The sector tables refer to a zone, NACE class or EWC code missing from <paramref name="reference"/>.</exception>
    public static DemoDataSet Generate(ReferenceDataSet reference, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var sectors = DemoSectors.All;
        CheckAgainst(reference, sectors);

        // Two sources, so tuning the stream tables never changes a firm's VKN or id.
        var firms = new DemoCompanyBuilder(reference, new Random(seed)).Build(sectors);
        var streams = new DemoStreamBuilder(reference, new Random(unchecked((seed * 397) ^ 0x2F6B))).Build(firms, StreamCount);
        return new DemoDataSet([.. firms.Select(f => f.Company)], streams);
    }

    private static void CheckAgainst(ReferenceDataSet reference, IReadOnlyList<DemoSector> sectors)
    {
        var zones = reference.Zones.Select(z => z.Id).ToHashSet();
        var classes = reference.NaceActivities.Where(n => n.Level == 4).Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        var codes = reference.WasteCodes.Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var sector in sectors)
        {
            if (sector.FirmCount < sector.Placements.Length)
            {
                throw new InvalidOperationException($"Demo sector {sector.Key} has fewer firms than placements.");
            }

            if (sector.Placements.FirstOrDefault(p => p.ZoneId is { } id && !zones.Contains(id)) is { ZoneId: { } missing })
            {
                throw new InvalidOperationException($"Demo sector {sector.Key} refers to unknown zone {missing}.");
            }

            if (sector.NaceCodes.FirstOrDefault(c => !classes.Contains(c)) is { } nace)
            {
                throw new InvalidOperationException($"Demo sector {sector.Key} uses {nace}, not a NACE class.");
            }
        }

        foreach (var (key, index) in DemoPermits.Holders)
        {
            if (sectors.FirstOrDefault(s => s.Key == key) is not { } holder || index >= holder.FirmCount)
            {
                throw new InvalidOperationException($"Demo permits name firm {index} of sector {key}, which does not exist.");
            }
        }

        foreach (var template in sectors.SelectMany(s => s.Streams).Concat(DemoSectors.Common))
        {
            if (template.Ewc is { } ewc && (EwcCode.Normalize(ewc) is not { } code || !codes.Contains(code)))
            {
                throw new InvalidOperationException($"Demo stream \"{template.Description}\" uses unknown EWC code {ewc}.");
            }
        }
    }
}

/// <summary>A generated firm with the sector it was drawn from and its index within that sector.</summary>
internal sealed record DemoFirm(Company Company, DemoSector Sector, int SectorIndex);
