using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Matches;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>A bilingual line of explanation.</summary>
public sealed record ReasonView(string Key, double? Value, double? Weight, string Tr, string En)
{
    /// <summary>The text in the given two-letter language (Turkish unless English is asked for).</summary>
    public string Text(string language) => language == "en" ? En : Tr;
}

/// <summary>A stored match as lists and pages show it; a company name is null when the user sees that firm anonymised.</summary>
public sealed record MatchView(
    Guid Id,
    MatchKind Kind,
    double Score,
    Guid OfferId,
    string OfferDescription,
    string? OfferEwcCode,
    Guid OfferCompanyId,
    string? OfferCompanyName,
    string OfferDistrict,
    Guid? NeedId,
    string? NeedDescription,
    Guid ReceiverCompanyId,
    string? ReceiverCompanyName,
    string ReceiverDistrict,
    string? LatentNaceCode,
    double? RoadKm,
    IReadOnlyList<ReasonView> Reasons,
    string EngineVersion,
    DateTimeOffset ComputedAt);

/// <summary>Filters of the staff match list.</summary>
public sealed record MatchFilter(MatchKind? Kind = null, double MinScore = 0, string? EwcChapter = null)
{
    /// <summary>
    /// Throws <see cref="ValidationFailedException"/> for a filter no match could have: an undefined
    /// kind, a score outside 0–100 (or not a number), a chapter that is not two digits.
    /// </summary>
    public void Validate()
    {
        var errors = new ErrorCollector();
        if (Kind is { } kind)
        {
            errors.Try(nameof(Kind), () => Guard.Defined(kind, nameof(Kind)));
        }

        if (!double.IsFinite(MinScore) || MinScore is < 0 or > 100)
        {
            errors.Add(new FieldError(nameof(MinScore), "Match.MinScoreRange", []));
        }

        if (!string.IsNullOrEmpty(EwcChapter) && (EwcChapter.Length != 2 || !EwcChapter.All(char.IsAsciiDigit)))
        {
            errors.Add(new FieldError(nameof(EwcChapter), "Match.EwcChapterFormat", []));
        }

        errors.ThrowIfAny();
    }
}
