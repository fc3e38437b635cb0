using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.WasteCodes;

/// <summary>An EWC entry as shown in the browser; <see cref="TitleTr"/> is null where no Turkish text was found.</summary>
public sealed record WasteCodeItem(string Code, string Display, string ChapterCode, string SubChapterCode, string DescriptionEn, bool IsHazardous, string? TitleTr)
{
    /// <summary>The title in the given language: Turkish when asked and known, else English.</summary>
    public string Title(bool turkish) => turkish && TitleTr is { } tr ? tr : DescriptionEn;
}

/// <summary>An R (recovery) or D (disposal) operation; <see cref="TitleTr"/> is the regulation's Turkish text.</summary>
public sealed record RecoveryOperationItem(string Code, bool IsRecovery, string DescriptionEn, string? TitleTr)
{
    /// <summary>The title in the given language: Turkish when asked and known, else English.</summary>
    public string Title(bool turkish) => turkish && TitleTr is { } tr ? tr : DescriptionEn;
}

/// <summary>A chapter or sub-chapter heading with its children.</summary>
public sealed record WasteCategoryNode(string Code, string Display, string TitleEn, string? TitleTr, IReadOnlyList<WasteCategoryNode> Children)
{
    /// <summary>The Turkish title where there is one and the reader reads Turkish, else the English one.</summary>
    public string Title(bool turkish) => turkish && TitleTr is { } tr ? tr : TitleEn;
}

/// <summary>Searches the European List of Waste and the R/D operations, and lists the chapters.</summary>
public sealed class WasteCodeService(IAppDbContextFactory contexts)
{
    /// <summary>
    /// Finds codes by code (<c>10 01 02</c>, <c>100102</c>, <c>10-01-02</c>, <c>10 01 02*</c>, a prefix
    /// such as <c>10 01</c>) or by words: every word must start a word of the Turkish or the English
    /// text, with Turkish case rules (<c>kül</c> finds "uçucu kül" and "külü", not "Kullanılmış";
    /// <c>kul</c>, typed without Turkish letters, finds both); optionally within one chapter or sub-chapter.
    /// </summary>
    public async Task<IReadOnlyList<WasteCodeItem>> SearchAsync(string? query, string? categoryCode = null, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rows = await Found(db, query, categoryCode).OrderBy(w => w.Code).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        return [.. rows.Select(ToItem)];
    }

    /// <summary>
    /// One page of what <see cref="SearchAsync"/> finds for <paramref name="query"/> within
    /// <paramref name="categoryCode"/>, in code order, with the count of all it finds. The search
    /// and sort of <paramref name="request"/> are not used.
    /// </summary>
    /// <exception cref="ValidationFailedException">The page or its size is out of bounds.</exception>
    public async Task<PagedResult<WasteCodeItem>> SearchPageAsync(string? query, string? categoryCode, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var found = Found(db, query, categoryCode);
        var total = await found.CountAsync(cancellationToken);
        var rows = await found.OrderBy(w => w.Code).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<WasteCodeItem>([.. rows.Select(ToItem)], total);
    }

    // The codes a search finds: by code or code prefix, else every word starting a word of the text.
    private static IQueryable<WasteCode> Found(IAppDbContext db, string? query, string? categoryCode)
    {
        var q = db.WasteCodes.AsNoTracking();
        var text = (query ?? string.Empty).Trim().TrimEnd('*');
        var digits = string.Concat(text.Where(char.IsAsciiDigit));
        var isCode = text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is '.' or '-') && digits.Length is > 0 and <= 6;
        if (isCode)
        {
            q = q.Where(w => w.Code.StartsWith(digits));
        }
        else
        {
            foreach (var word in SearchPattern.WordStarts(text))
            {
                q = q.Where(w => EF.Functions.Like(w.SearchKey, word.First) || EF.Functions.Like(w.SearchKey, word.Later));
            }
        }

        return string.IsNullOrEmpty(categoryCode) ? q : q.Where(w => w.Code.StartsWith(categoryCode));
    }

    /// <summary>One entry by its code in any common form (<c>10 01 02*</c>, <c>100102</c>); null when there is none.</summary>
    public async Task<WasteCodeItem?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        var digits = string.Concat((code ?? string.Empty).Where(char.IsAsciiDigit));
        if (digits.Length != 6)
        {
            return null;
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var row = await db.WasteCodes.AsNoTracking().FirstOrDefaultAsync(w => w.Code == digits, cancellationToken);
        return row is null ? null : ToItem(row);
    }

    /// <summary>
    /// The waste codes the synergy library (reference knowledge, never another firm's streams) records
    /// as given off by the sector <paramref name="naceCode"/>: from exchanges whose donor is that class;
    /// when there are none, any class of its group; then of its division. Most often recorded first,
    /// at most <paramref name="take"/>; empty for an unknown or empty code.
    /// </summary>
    public async Task<IReadOnlyList<WasteCodeItem>> TypicalForSectorAsync(string? naceCode, int take = 10, CancellationToken cancellationToken = default)
    {
        var nace = (naceCode ?? string.Empty).Trim();
        if (nace.Length < 2 || !nace.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return [];
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var library = await db.KnownExchanges.AsNoTracking().Where(e => e.DonorNace != null && e.EwcCodes != string.Empty)
            .Select(e => new { e.ExchangeId, e.DonorNace, e.EwcCodes }).ToListAsync(cancellationToken);

        // Same class, else same group (24.5), else same division (24): the finest level the library knows.
        string[] prefixes = [.. new[] { nace, nace.Length >= 4 ? nace[..4] : nace, nace[..2] }.Distinct()];
        foreach (var prefix in prefixes)
        {
            var counts = library
                .Where(e => MatchingKnowledge.SplitNace(e.DonorNace).Any(d => prefix == nace ? d == nace : d.StartsWith(prefix, StringComparison.Ordinal)))
                .SelectMany(e => LibraryCorrections.EwcCodes(e.ExchangeId, e.EwcCodes).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
                .GroupBy(c => c, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            if (counts.Count == 0)
            {
                continue;
            }

            var codes = counts.Keys.ToList();
            var rows = await db.WasteCodes.AsNoTracking().Where(w => codes.Contains(w.Code)).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                continue;
            }

            return [.. rows.OrderByDescending(w => counts[w.Code]).ThenBy(w => w.Code, StringComparer.Ordinal).Take(Math.Clamp(take, 1, 100)).Select(ToItem)];
        }

        return [];
    }

    /// <summary>
    /// R/D operations by code (<c>R5</c>, <c>r 5</c>, <c>D10</c>) or by words starting words of the Turkish or
    /// English text (<c>geri dönüşüm</c>, <c>recycling</c>); all of them, R1…R13 then D1…D15, for an empty query.
    /// </summary>
    public async Task<IReadOnlyList<RecoveryOperationItem>> OperationsAsync(string? query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var q = db.RecoveryOperations.AsNoTracking();
        var text = (query ?? string.Empty).Trim();
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length is >= 2 and <= 3 && compact[0] is 'R' or 'D' && compact[1..].All(char.IsAsciiDigit))
        {
            q = q.Where(r => r.Code == compact);
        }
        else
        {
            foreach (var word in SearchPattern.WordStarts(text))
            {
                q = q.Where(r => EF.Functions.Like(r.SearchKey, word.First) || EF.Functions.Like(r.SearchKey, word.Later));
            }
        }

        var rows = await q.ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.IsRecovery).ThenBy(r => r.Code.Length).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new RecoveryOperationItem(r.Code, r.IsRecovery, r.DescriptionEn, r.TitleTr))];
    }

    private static WasteCodeItem ToItem(WasteCode w) =>
        new(w.Code, EwcCode.Display(w.Code) + (w.IsHazardous ? "*" : string.Empty), w.ChapterCode, w.SubChapterCode, w.DescriptionEn, w.IsHazardous, w.TitleTr);

    /// <summary>The 20 chapters with their sub-chapters.</summary>
    public Task<IReadOnlyList<WasteCategoryNode>> ChaptersAsync(CancellationToken cancellationToken = default) =>
        // The chapters are reference data that only the start-up seeding writes: one tree per database
        // (per context factory) serves every reader, instead of a copy of some 130 nodes and their
        // titles in every open page. A failed or empty read is not kept.
        s_chapters.GetValue(contexts, _ => new ChapterTree()).GetAsync(() => ReadChaptersAsync(cancellationToken));

    private async Task<IReadOnlyList<WasteCategoryNode>> ReadChaptersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var all = await db.WasteCategories.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return [.. all.Where(c => c.ParentCode is null).Select(ch => new WasteCategoryNode(
            ch.Code, ch.Code, ch.TitleEn, ch.TitleTr,
            [.. all.Where(s => s.ParentCode == ch.Code).Select(s => new WasteCategoryNode(s.Code, $"{s.Code[..2]} {s.Code[2..]}", s.TitleEn, s.TitleTr, []))]))];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IAppDbContextFactory, ChapterTree> s_chapters = new();

    private sealed class ChapterTree
    {
        private readonly Lock _lock = new();
        private IReadOnlyList<WasteCategoryNode>? _tree;

        public async Task<IReadOnlyList<WasteCategoryNode>> GetAsync(Func<Task<IReadOnlyList<WasteCategoryNode>>> read)
        {
            if (Volatile.Read(ref _tree) is { } tree)
            {
                return tree;
            }

            var fresh = await read();
            if (fresh.Count == 0)
            {
                return fresh; // not seeded yet: read again next time
            }

            lock (_lock)
            {
                return _tree ??= fresh;
            }
        }
    }
}
