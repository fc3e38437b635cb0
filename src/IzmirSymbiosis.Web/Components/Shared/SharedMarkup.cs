using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// One copy of each piece of markup that several circuits draw alike. Every staff member of a zone,
/// and every expert, sees the same dashboard charts and tables: a heap dump of 60 idle dashboard
/// circuits held 40–60 identical copies of each chart's SVG and each table's rows, some 125 KB a
/// circuit. <see cref="Of"/> hands back the copy already held by another circuit when the text is the
/// same, so the circuits share it. The pool holds its strings weakly: a string lives as long as a
/// circuit draws it, and the pool's entries are swept when they outnumber <see cref="SweepAt"/>.
/// </summary>
public static class SharedMarkup
{
    /// <summary>Texts shorter than this are not pooled: the lookup would cost more than the copy.</summary>
    public const int MinLength = 512;

    /// <summary>Entries past which the pool drops the entries whose string no circuit holds any more.</summary>
    public const int SweepAt = 4096;

    private static readonly ConcurrentDictionary<ulong, WeakReference<string>> s_pool = new();
    private static int s_sweeping;

    /// <summary>The markup, as the copy another circuit already holds when there is one.</summary>
    public static MarkupString Of(string html) => new(Share(html));

    /// <summary>The text, as the copy already pooled when it is the same (ordinal), else this one, pooled.</summary>
    public static string Share(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length < MinLength)
        {
            return html;
        }

        // The process's string hash with the length: equal texts meet in one entry; a collision only means no sharing.
        var key = ((ulong)(uint)html.Length << 32) | (uint)StringComparer.Ordinal.GetHashCode(html);
        var entry = s_pool.GetOrAdd(key, static (_, text) => new WeakReference<string>(text), html);
        if (entry.TryGetTarget(out var held))
        {
            // Another text with the same hash keeps its entry; this one is simply not shared.
            return string.Equals(held, html, StringComparison.Ordinal) ? held : html;
        }

        entry.SetTarget(html);
        if (s_pool.Count > SweepAt)
        {
            Sweep();
        }

        return html;
    }

    private static void Sweep()
    {
        if (Interlocked.Exchange(ref s_sweeping, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (var (key, entry) in s_pool)
            {
                if (!entry.TryGetTarget(out _))
                {
                    s_pool.TryRemove(new KeyValuePair<ulong, WeakReference<string>>(key, entry));
                }
            }
        }
        finally
        {
            Volatile.Write(ref s_sweeping, 0);
        }
    }
}
