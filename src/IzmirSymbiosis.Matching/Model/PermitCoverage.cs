using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Matching.Model;

/// <summary>
/// The hazardous EWC codes a firm may receive: the codes of its permits valid on the matching
/// day, each a six-digit code, a four-digit sub-chapter or a two-digit chapter. Equal sets are
/// equal, so re-mapping an unchanged company does not re-match it.
/// </summary>
public sealed class PermitCoverage : IEquatable<PermitCoverage>
{
    private readonly HashSet<int> _codes = [];
    private readonly HashSet<int> _subChapters = [];
    private readonly HashSet<int> _chapters = [];

    private PermitCoverage(IEnumerable<string> scopes)
    {
        Scopes = [.. scopes.Where(s => s.Length is 2 or 4 or 6 && s.All(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        foreach (var s in Scopes)
        {
            var value = int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
            (s.Length switch { 6 => _codes, 4 => _subChapters, _ => _chapters }).Add(value);
        }
    }

    /// <summary>No permit.</summary>
    public static PermitCoverage None { get; } = new([]);

    /// <summary>Every chapter of the List of Waste (01–20): a permit for any hazardous waste.</summary>
    public static PermitCoverage AllChapters { get; } = new(Enumerable.Range(1, 20).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Covered codes and prefixes, digits only, sorted.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>Whether nothing is covered.</summary>
    public bool IsEmpty => Scopes.Count == 0;

    /// <summary>The coverage of some codes and prefixes (anything but 2, 4 or 6 digits is ignored).</summary>
    public static PermitCoverage Of(IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var coverage = new PermitCoverage(scopes);
        return coverage.IsEmpty ? None : coverage;
    }

    /// <summary>Whether a six-digit code, given as its number (<c>130205</c>), is covered by itself, its sub-chapter or its chapter.</summary>
    public bool Covers(int code) =>
        _codes.Contains(code) || _subChapters.Contains(code / 100) || _chapters.Contains(code / 10_000);

    /// <summary>Whether a six-digit code (spaces and a star allowed) is covered.</summary>
    public bool Covers(string? code) =>
        EwcCode.Normalize(code) is { } c && Covers(int.Parse(c, System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public bool Equals(PermitCoverage? other) => other is not null && Scopes.SequenceEqual(other.Scopes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PermitCoverage);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var s in Scopes)
        {
            hash.Add(s);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => IsEmpty ? "—" : string.Join(", ", Scopes.Select(EwcCode.Display));
}
