namespace IzmirSymbiosis.Domain.Companies;

/// <summary>
/// Recovery (<c>R1</c>…<c>R13</c>, Annex II) and disposal (<c>D1</c>…<c>D15</c>, Annex I) operations
/// of Directive 2008/98/EC, as listed in the reference table of R/D operations.
/// </summary>
public static class WasteOperationCode
{
    /// <summary>Highest recovery operation number.</summary>
    public const int MaxRecovery = 13;

    /// <summary>Highest disposal operation number.</summary>
    public const int MaxDisposal = 15;

    /// <summary>All codes, recovery first.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Enumerable.Range(1, MaxRecovery).Select(i => $"R{i}"), .. Enumerable.Range(1, MaxDisposal).Select(i => $"D{i}")];

    /// <summary><c>" r 4 "</c> → <c>"R4"</c>; null when it is not an operation of the directive.</summary>
    public static string? Normalize(string? text)
    {
        var t = string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (t.Length < 2 || t[0] is not ('R' or 'D') || !t[1..].All(char.IsAsciiDigit) || t[1] == '0' || t.Length > 3)
        {
            return null;
        }

        var n = int.Parse(t[1..], System.Globalization.CultureInfo.InvariantCulture);
        return n <= (t[0] == 'R' ? MaxRecovery : MaxDisposal) ? $"{t[0]}{n}" : null;
    }

    /// <summary>Order key: recovery before disposal, then by number.</summary>
    public static int SortKey(string code) =>
        (code[0] == 'R' ? 0 : 100) + int.Parse(code[1..], System.Globalization.CultureInfo.InvariantCulture);
}
