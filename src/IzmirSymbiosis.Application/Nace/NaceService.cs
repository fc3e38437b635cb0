using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Nace;

/// <summary>A NACE Rev.2 entry as a picker shows it; <see cref="TitleTr"/> is TÜİK's title.</summary>
public sealed record NaceItem(string Code, int Level, string TitleEn, string? TitleTr)
{
    /// <summary>The title in the given language: Turkish when asked and known, else English.</summary>
    public string Title(bool turkish) => turkish && TitleTr is { } tr ? tr : TitleEn;
}

/// <summary>Searches NACE Rev.2 by code or by words of its Turkish and English titles.</summary>
public sealed class NaceService(IAppDbContextFactory contexts)
{
    /// <summary>The NACE level a firm is registered with (four digits).</summary>
    public const int ClassLevel = 4;

    /// <summary>
    /// Finds entries by code (<c>24.51</c>, <c>2451</c>, a prefix such as <c>24.5</c>) or by words, each
    /// of which must start a word of the Turkish or the English title (<c>döküm</c> finds 24.5x);
    /// only classes unless <paramref name="classesOnly"/> is false.
    /// </summary>
    public async Task<IReadOnlyList<NaceItem>> SearchAsync(string? query, bool classesOnly = true, int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var q = db.NaceActivities.AsNoTracking();
        if (classesOnly)
        {
            q = q.Where(n => n.Level == ClassLevel);
        }

        var text = (query ?? string.Empty).Trim();
        var digits = string.Concat(text.Where(char.IsAsciiDigit));
        if (text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c == '.') && digits.Length is > 0 and <= 4)
        {
            var prefix = digits.Length > 2 ? $"{digits[..2]}.{digits[2..]}" : digits;
            q = q.Where(n => n.Code.StartsWith(prefix));
        }
        else
        {
            foreach (var word in SearchPattern.WordStarts(text))
            {
                q = q.Where(n => EF.Functions.Like(n.SearchKey, word.First) || EF.Functions.Like(n.SearchKey, word.Later));
            }
        }

        var rows = await q.OrderBy(n => n.Code).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        return [.. rows.Select(ToItem)];
    }

    /// <summary>One entry by its dotted code; null when there is none.</summary>
    public async Task<NaceItem?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var row = await db.NaceActivities.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code.Trim(), cancellationToken);
        return row is null ? null : ToItem(row);
    }

    private static NaceItem ToItem(NaceActivity n) => new(n.Code, n.Level, n.TitleEn, n.TitleTr);
}
