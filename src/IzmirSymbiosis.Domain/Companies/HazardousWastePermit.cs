using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.Companies;

/// <summary>
/// A firm's licence to recover or dispose of hazardous waste (in Türkiye the "tehlikeli atık geri
/// kazanım / bertaraf lisansı" of the Ministry or a provincial directorate). Invariants: an issuing
/// authority and a number; a valid-until date; at least one EWC code, each a hazardous (<c>*</c>)
/// entry of the List of Waste or a chapter (2 digits) or sub-chapter (4 digits) holding one; at
/// least one R/D operation of Directive 2008/98/EC. Hazardous offers match only towards a permit
/// that is valid on the day and covers their code.
/// </summary>
public sealed class HazardousWastePermit
{
    /// <summary>Maximum length of the issuing authority.</summary>
    public const int AuthorityMaxLength = 200;

    /// <summary>Maximum length of the permit number.</summary>
    public const int NumberMaxLength = 60;

    /// <summary>Most EWC codes one permit may list.</summary>
    public const int MaxCodes = 400;

    /// <summary>Earliest accepted valid-until date.</summary>
    public static readonly DateOnly EarliestValidUntil = new(2000, 1, 1);

    /// <summary>Latest accepted valid-until date.</summary>
    public static readonly DateOnly LatestValidUntil = new(2099, 12, 31);

    private HazardousWastePermit()
    {
        Authority = string.Empty;
        Number = string.Empty;
        WasteCodes = [];
        Operations = [];
    }

    /// <summary>Identifier (random), so a permit can be edited or removed by id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Issuing authority, e.g. "Çevre, Şehircilik ve İklim Değişikliği Bakanlığı".</summary>
    public string Authority { get; private set; }

    /// <summary>Permit (licence) number as printed.</summary>
    public string Number { get; private set; }

    /// <summary>Last day the permit is valid.</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>Covered EWC codes: six digits, or a four-digit sub-chapter or two-digit chapter; sorted, no duplicates.</summary>
    public string[] WasteCodes { get; private set; }

    /// <summary>Covered R/D operations (<c>R1</c>…<c>R13</c>, <c>D1</c>…<c>D15</c>), sorted, no duplicates.</summary>
    public string[] Operations { get; private set; }

    /// <summary>
    /// Creates a permit, validating every field. <paramref name="hazardousCodes"/> holds the six-digit
    /// hazardous entries of the List of Waste (reference data the caller reads).
    /// </summary>
    public static HazardousWastePermit Create(
        string authority, string number, DateOnly validUntil, IEnumerable<string> wasteCodes, IEnumerable<string> operations, IReadOnlySet<string> hazardousCodes)
    {
        var permit = new HazardousWastePermit { Id = Guid.NewGuid() };
        permit.Set(authority, number, validUntil, wasteCodes, operations, hazardousCodes);
        return permit;
    }

    /// <summary>Whether the permit is valid on <paramref name="day"/> (the valid-until day included).</summary>
    public bool IsValidOn(DateOnly day) => ValidUntil >= day;

    /// <summary>Whether the permit's codes cover a six-digit <paramref name="code"/> (the code itself, its sub-chapter or its chapter).</summary>
    public bool Covers(string code) =>
        code is { Length: 6 } && WasteCodes.Any(c => code.StartsWith(c, StringComparison.Ordinal));

    /// <summary>Trimmed authority; throws <c>Permit.AuthorityRequired</c>, <c>Permit.AuthorityTooLong</c> or a plain-text error.</summary>
    public static string CheckAuthority(string? authority) =>
        CheckText(authority, nameof(Authority), "Permit.AuthorityRequired", "Permit.AuthorityTooLong", AuthorityMaxLength);

    /// <summary>Trimmed number; throws <c>Permit.NumberRequired</c>, <c>Permit.NumberTooLong</c> or a plain-text error.</summary>
    public static string CheckNumber(string? number) =>
        CheckText(number, nameof(Number), "Permit.NumberRequired", "Permit.NumberTooLong", NumberMaxLength);

    /// <summary>Throws <c>Permit.ValidUntilRange</c> outside <see cref="EarliestValidUntil"/>–<see cref="LatestValidUntil"/>.</summary>
    public static DateOnly CheckValidUntil(DateOnly validUntil) =>
        validUntil < EarliestValidUntil || validUntil > LatestValidUntil
            ? throw new DomainException("Permit.ValidUntilRange", nameof(ValidUntil), EarliestValidUntil.Year, LatestValidUntil.Year)
            : validUntil;

    /// <summary>
    /// Normalised, sorted, distinct codes. Throws <c>Permit.CodesRequired</c> when none,
    /// <c>Permit.TooManyCodes</c>, <c>Permit.CodeFormat</c> for text that is not 2, 4 or 6 digits,
    /// <c>Permit.CodeNotHazardous</c> for a six-digit code that is not a hazardous entry and
    /// <c>Permit.PrefixNotHazardous</c> for a chapter or sub-chapter without a hazardous entry.
    /// </summary>
    public static string[] CheckWasteCodes(IEnumerable<string>? wasteCodes, IReadOnlySet<string> hazardousCodes)
    {
        ArgumentNullException.ThrowIfNull(hazardousCodes);
        var list = (wasteCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (list.Count == 0)
        {
            throw new DomainException("Permit.CodesRequired", nameof(WasteCodes));
        }

        if (list.Count > MaxCodes)
        {
            throw new DomainException("Permit.TooManyCodes", nameof(WasteCodes), MaxCodes);
        }

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in list)
        {
            Guard.PlainText(text, nameof(WasteCodes));
            var code = EwcCode.NormalizeScope(text) ?? throw new DomainException("Permit.CodeFormat", nameof(WasteCodes), Shorten(text));
            if (code.Length == 6 && !hazardousCodes.Contains(code))
            {
                throw new DomainException("Permit.CodeNotHazardous", nameof(WasteCodes), EwcCode.Display(code));
            }

            if (code.Length < 6 && !hazardousCodes.Any(h => h.StartsWith(code, StringComparison.Ordinal)))
            {
                throw new DomainException("Permit.PrefixNotHazardous", nameof(WasteCodes), EwcCode.Display(code));
            }

            codes.Add(code);
        }

        return [.. codes];
    }

    /// <summary>
    /// Upper-case, sorted, distinct operations. Throws <c>Permit.OperationsRequired</c> when none,
    /// <c>Permit.TooManyOperations</c> for more entries than there are operations, and
    /// <c>Permit.OperationUnknown</c> for anything but <c>R1</c>…<c>R13</c> and <c>D1</c>…<c>D15</c>.
    /// </summary>
    public static string[] CheckOperations(IEnumerable<string>? operations)
    {
        var list = (operations ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
        if (list.Count == 0)
        {
            throw new DomainException("Permit.OperationsRequired", nameof(Operations));
        }

        if (list.Count > WasteOperationCode.All.Count)
        {
            throw new DomainException("Permit.TooManyOperations", nameof(Operations), WasteOperationCode.All.Count);
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in list)
        {
            Guard.PlainText(text, nameof(Operations));
            var op = WasteOperationCode.Normalize(text) ?? throw new DomainException("Permit.OperationUnknown", nameof(Operations), Shorten(text));
            result.Add(op);
        }

        return [.. result.OrderBy(WasteOperationCode.SortKey)];
    }

    /// <summary>Replaces every field; nothing changes when a rule is broken.</summary>
    internal void Set(string authority, string number, DateOnly validUntil, IEnumerable<string> wasteCodes, IEnumerable<string> operations, IReadOnlySet<string> hazardousCodes)
    {
        var a = CheckAuthority(authority);
        var n = CheckNumber(number);
        var v = CheckValidUntil(validUntil);
        var codes = CheckWasteCodes(wasteCodes, hazardousCodes);
        var ops = CheckOperations(operations);
        (Authority, Number, ValidUntil, WasteCodes, Operations) = (a, n, v, codes, ops);
    }

    /// <summary>The refused value as the message quotes it: trimmed, at most 20 characters.</summary>
    private static string Shorten(string text)
    {
        var t = text.Trim();
        return t.Length <= 20 ? t : string.Concat(t.AsSpan(0, 20), "…");
    }

    private static string CheckText(string? text, string field, string requiredKey, string tooLongKey, int max)
    {
        var t = text?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            throw new DomainException(requiredKey, field);
        }

        if (t.Length > max)
        {
            throw new DomainException(tooLongKey, field, max);
        }

        Guard.PlainText(t, field);
        return t;
    }
}
