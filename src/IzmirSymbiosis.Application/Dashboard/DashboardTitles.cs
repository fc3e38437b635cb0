using System.Globalization;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Dashboard;

/// <summary>
/// Names of what the dashboard groups by, in the reader's language: zones, NACE divisions, EWC
/// chapters and material families. A material family is the material group of the record's
/// material profile (<c>metal</c>, <c>plastik</c> …), else the offer's EWC chapter, else its kind
/// (energy, water, capacity).
/// </summary>
internal sealed class DashboardTitles
{
    private static readonly Dictionary<ResourceKind, (string Tr, string En)> s_kinds = new()
    {
        [ResourceKind.Material] = ("Atık / yan ürün", "Waste / by-product"),
        [ResourceKind.Energy] = ("Enerji", "Energy"),
        [ResourceKind.Water] = ("Su", "Water"),
        [ResourceKind.Capacity] = ("Kapasite / hizmet", "Capacity / service"),
    };

    private readonly bool _turkish;
    private readonly Dictionary<int, string> _zones;
    private readonly Dictionary<string, string> _divisions;
    private readonly Dictionary<string, string> _chapters;
    private readonly Dictionary<string, string> _profileGroups;

    private DashboardTitles(bool turkish, Dictionary<int, string> zones, Dictionary<string, string> divisions, Dictionary<string, string> chapters, Dictionary<string, string> profileGroups)
    {
        _turkish = turkish;
        _zones = zones;
        _divisions = divisions;
        _chapters = chapters;
        _profileGroups = profileGroups;
    }

    /// <summary>NACE divisions in code order.</summary>
    public IEnumerable<string> Divisions => _divisions.Keys.Order(StringComparer.Ordinal);

    /// <summary>EWC chapters in code order.</summary>
    public IEnumerable<string> Chapters => _chapters.Keys.Order(StringComparer.Ordinal);

    /// <summary>Loads the reference titles (a few hundred short rows).</summary>
    public static async Task<DashboardTitles> LoadAsync(IAppDbContext db, bool turkish, CancellationToken cancellationToken)
    {
        var zones = await db.Zones.AsNoTracking().Select(z => new { z.Id, z.NameTr, z.NameEn }).ToListAsync(cancellationToken);
        var divisions = await db.NaceActivities.AsNoTracking().Where(n => n.Level == 2).Select(n => new { n.Code, n.TitleTr, n.TitleEn }).ToListAsync(cancellationToken);
        var chapters = await db.WasteCategories.AsNoTracking().Where(c => c.ParentCode == null).Select(c => new { c.Code, c.TitleTr, c.TitleEn }).ToListAsync(cancellationToken);
        var profiles = await db.MaterialEmissionProfiles.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return new DashboardTitles(
            turkish,
            zones.ToDictionary(z => z.Id, z => turkish ? z.NameTr : z.NameEn),
            divisions.ToDictionary(d => d.Code, d => turkish ? d.TitleTr ?? ReferenceTitles.NaceTr(d.Code) ?? d.TitleEn : d.TitleEn, StringComparer.Ordinal),
            chapters.ToDictionary(c => c.Code, c => turkish ? c.TitleTr ?? ReferenceTitles.WasteTr(c.Code) ?? c.TitleEn : c.TitleEn, StringComparer.Ordinal),
            profiles.GroupBy(FactorKeys.ProfileKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().MaterialGroup, StringComparer.Ordinal));
    }

    /// <summary>A zone's name; "no zone" for null.</summary>
    public string Zone(int? id) => id is { } z && _zones.TryGetValue(z, out var name) ? name : _turkish ? "OSB dışı" : "Outside a zone";

    /// <summary>A division's title, or its code.</summary>
    public string Division(string? code) => code is not null && _divisions.TryGetValue(code, out var t) ? t : code ?? "—";

    /// <summary>A chapter's title; "no waste code" for null.</summary>
    public string Chapter(string? code) =>
        code is null ? (_turkish ? "Atık kodu yok" : "No waste code") : _chapters.TryGetValue(code, out var t) ? t : code;

    /// <summary>The material family of a flow: its key and its name.</summary>
    public (string Key, string Label) MaterialFamily(string? profile, string? chapter, ResourceKind kind)
    {
        if (profile is not null && _profileGroups.TryGetValue(profile, out var group))
        {
            var names = MaterialGroupNames.Of(group);
            var label = names is { } n ? (_turkish ? n.Tr : n.En) : group;
            return ($"group:{group}", Capitalised(label));
        }

        if (chapter is not null)
        {
            return ($"ewc:{chapter}", $"{chapter} {Chapter(chapter)}");
        }

        var k = s_kinds[kind];
        return ($"kind:{kind}", _turkish ? k.Tr : k.En);
    }

    private string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], _turkish ? CultureInfo.GetCultureInfo("tr-TR") : CultureInfo.InvariantCulture) + text[1..];
}
