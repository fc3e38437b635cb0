using System.Globalization;
using IzmirSymbiosis.Domain.Readiness;
using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Application.Readiness;

/// <summary>What one level of one perspective means, in both languages, with its source keys (<c>Readiness/Data/SOURCES.md</c>).</summary>
/// <param name="Perspective">The perspective.</param>
/// <param name="Level">The level, 1–9.</param>
/// <param name="LabelTr">Short Turkish name.</param>
/// <param name="LabelEn">Short English name.</param>
/// <param name="DefinitionTr">What it means for an exchange, Turkish.</param>
/// <param name="DefinitionEn">What it means for an exchange, English.</param>
/// <param name="Source">Source keys, separated by "; ".</param>
public sealed record ReadinessLevelDefinition(
    ReadinessPerspective Perspective, int Level, string LabelTr, string LabelEn, string DefinitionTr, string DefinitionEn, string Source)
{
    /// <summary>The label in the current UI language (Turkish unless it is English).</summary>
    public string Label => English ? LabelEn : LabelTr;

    /// <summary>The definition in the current UI language.</summary>
    public string Definition => English ? DefinitionEn : DefinitionTr;

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}

/// <summary>
/// The level definitions of the six perspectives, read once from the embedded
/// <c>Readiness/Data/readiness_levels.csv</c> (checked complete: every perspective has every level
/// with both languages and a source).
/// </summary>
public static class ReadinessLevels
{
    private const string Resource = "IzmirSymbiosis.Application.Readiness.Data.readiness_levels.csv";

    private static readonly Lazy<IReadOnlyList<ReadinessLevelDefinition>> s_all = new(Load);

    /// <summary>Every definition, by perspective (in <see cref="ReadinessScale.Perspectives"/> order) and level.</summary>
    public static IReadOnlyList<ReadinessLevelDefinition> All => s_all.Value;

    /// <summary>The nine levels of a perspective.</summary>
    public static IReadOnlyList<ReadinessLevelDefinition> Of(ReadinessPerspective perspective) =>
        [.. All.Where(d => d.Perspective == perspective)];

    /// <summary>One level of a perspective.</summary>
    public static ReadinessLevelDefinition Of(ReadinessPerspective perspective, int level) =>
        All.Single(d => d.Perspective == perspective && d.Level == level);

    private static IReadOnlyList<ReadinessLevelDefinition> Load()
    {
        using var stream = typeof(ReadinessLevels).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = KnowledgeTable.Read(reader).Select(r => new ReadinessLevelDefinition(
            Enum.Parse<ReadinessPerspective>(r["perspective"]),
            int.Parse(r["level"], CultureInfo.InvariantCulture),
            r["label_tr"], r["label_en"], r["definition_tr"], r["definition_en"], r["source"])).ToList();
        foreach (var perspective in ReadinessScale.Perspectives)
        {
            for (var level = ReadinessScale.MinLevel; level <= ReadinessScale.MaxLevel; level++)
            {
                var found = rows.Where(d => d.Perspective == perspective && d.Level == level).ToList();
                if (found.Count != 1 || Incomplete(found[0]))
                {
                    throw new InvalidOperationException($"{Resource}: {perspective} level {level} must be there once, with both languages and a source.");
                }
            }
        }

        return [.. rows.OrderBy(d => d.Perspective).ThenBy(d => d.Level)];
    }

    private static bool Incomplete(ReadinessLevelDefinition d) =>
        new[] { d.LabelTr, d.LabelEn, d.DefinitionTr, d.DefinitionEn, d.Source }.Any(string.IsNullOrWhiteSpace);
}
