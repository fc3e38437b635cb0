using IzmirSymbiosis.Domain.Companies;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// Hazardous-waste licences of the demo firms, as İzmir's licensed recovery firms hold them: the
/// waste-management firms (waste oil regeneration, solvent and acid recovery in Aliağa) hold the
/// Ministry's recovery licence; two of the recycling firms hold licences for lead-acid batteries
/// and contaminated packaging, and one of them also an expired one. Dates are fixed (the generator
/// reads no clock): valid until 2030 or 2031, the expired one ended with 2025.
/// </summary>
internal static class DemoPermits
{
    private const string Ministry = "T.C. Çevre, Şehircilik ve İklim Değişikliği Bakanlığı (Çevre Yönetimi Genel Müdürlüğü)";
    private const string Directorate = "İzmir Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü";

    private static readonly Dictionary<(string Sector, int Index), DemoPermit[]> s_permits = new()
    {
        [("hazardous-waste", 0)] =
        [
            new(Ministry, "TAL-35-2021-0142", new DateOnly(2031, 3, 31),
                ["13 01", "13 02", "13 05 06*", "12 01 09*", "12 01 07*", "07 01 04*", "08 01 11*", "11 01 05*", "16 07 08*"],
                ["R2", "R6", "R9", "R12", "R13", "D9"]),
        ],
        [("hazardous-waste", 1)] =
        [
            new(Ministry, "TAL-35-2022-0217", new DateOnly(2030, 9, 30),
                ["13 02", "12 01 09*", "11 01 05*", "11 01 13*", "07 01 04*", "07 01 08*", "05 01 03*", "05 01 09*", "15 01 10*"],
                ["R1", "R2", "R6", "R9", "R12", "R13", "D10"]),
        ],
        [("recycling", 0)] =
        [
            new(Ministry, "TAL-35-2023-0308", new DateOnly(2030, 12, 31), ["16 06 01*", "16 06 02*"], ["R4", "R13"]),
            new(Directorate, "ADT-35-2020-0051", new DateOnly(2025, 12, 31), ["13 02"], ["R13"]),
        ],
        [("recycling", 1)] =
        [
            new(Ministry, "TAL-35-2024-0411", new DateOnly(2031, 6, 30), ["15 01 10*", "16 06 01*"], ["R3", "R4", "R12", "R13"]),
        ],
    };

    /// <summary>Adds the permits a firm of <paramref name="sector"/> at <paramref name="index"/> holds, if any.</summary>
    public static void Grant(Company company, string sector, int index, IReadOnlySet<string> hazardousCodes)
    {
        foreach (var p in s_permits.GetValueOrDefault((sector, index)) ?? [])
        {
            company.AddPermit(p.Authority, p.Number, p.ValidUntil, p.Codes, p.Operations, hazardousCodes);
        }
    }

    /// <summary>The sectors and firm indexes that hold permits (for the generator's checks).</summary>
    public static IEnumerable<(string Sector, int Index)> Holders => s_permits.Keys;

    private sealed record DemoPermit(string Authority, string Number, DateOnly ValidUntil, string[] Codes, string[] Operations);
}
