using IzmirSymbiosis.Application.Dashboard;

namespace IzmirSymbiosis.Web.Components.Pages.Dashboard;

/// <summary>
/// The layout of a three-column Sankey diagram (donor division → material family → receiver
/// division), computed here so the component only draws SVG: node heights are proportional to the
/// tonnes through them, nodes of a column are stacked with a gap (at least a label's line apart), and each link is a band whose
/// width is its tonnes, leaving and entering its nodes in order.
/// </summary>
public sealed class SankeyLayout
{
    /// <summary>Width of the drawing, in SVG units.</summary>
    public const double Width = 900;

    /// <summary>Width of a node bar.</summary>
    public const double NodeWidth = 14;

    private const double Gap = 8;
    private const double MinHeight = 2;

    /// <summary>The least distance from one node's top to the next one's in a column: a label's line (11 units of text).</summary>
    public const double LabelSlot = 14;

    private SankeyLayout(double height, IReadOnlyList<SankeyNode> nodes, IReadOnlyList<SankeyLink> links)
    {
        Height = height;
        Nodes = nodes;
        Links = links;
    }

    /// <summary>Height of the drawing.</summary>
    public double Height { get; }

    /// <summary>The nodes.</summary>
    public IReadOnlyList<SankeyNode> Nodes { get; }

    /// <summary>The bands.</summary>
    public IReadOnlyList<SankeyLink> Links { get; }

    /// <summary>Lays out <paramref name="flows"/> by <paramref name="tonnes"/>; the largest <paramref name="maxNodes"/> nodes per column are kept, the rest joined as "other".</summary>
    public static SankeyLayout Of(IReadOnlyList<DashboardFlow> flows, Func<DashboardFlow, decimal> tonnes, string other, int maxNodes = 8, double height = 420)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(tonnes);
        var used = flows.Where(f => tonnes(f) > 0).ToList();
        var total = (double)used.Sum(tonnes);
        if (total <= 0)
        {
            return new SankeyLayout(0, [], []);
        }

        Func<DashboardFlow, (string Key, string Label)> donor = Top(used, tonnes, f => ("d:" + f.DonorDivision, $"{f.DonorDivision} {f.DonorLabel}"), maxNodes, other);
        Func<DashboardFlow, (string Key, string Label)> material = Top(used, tonnes, f => ("m:" + f.Material, f.MaterialLabel), maxNodes, other);
        Func<DashboardFlow, (string Key, string Label)> receiver = Top(used, tonnes, f => ("r:" + f.ReceiverDivision, $"{f.ReceiverDivision} {f.ReceiverLabel}"), maxNodes, other);

        // Two link sets: donor → material and material → receiver, each summed.
        var first = used.GroupBy(f => (donor(f), material(f))).Select(g => (From: g.Key.Item1, To: g.Key.Item2, Tonnes: (double)g.Sum(tonnes))).ToList();
        var second = used.GroupBy(f => (material(f), receiver(f))).Select(g => (From: g.Key.Item1, To: g.Key.Item2, Tonnes: (double)g.Sum(tonnes))).ToList();

        var columns = new[]
        {
            first.GroupBy(l => l.From).Select(g => (g.Key, Tonnes: g.Sum(l => l.Tonnes))).ToList(),
            first.GroupBy(l => l.To).Select(g => (g.Key, Tonnes: g.Sum(l => l.Tonnes))).ToList(),
            second.GroupBy(l => l.To).Select(g => (g.Key, Tonnes: g.Sum(l => l.Tonnes))).ToList(),
        };
        var maxCount = columns.Max(c => c.Count);
        var scale = (height - (Gap * (maxCount - 1))) / total;
        var nodes = new Dictionary<string, SankeyNode>(StringComparer.Ordinal);
        var x = new[] { 0d, (Width - NodeWidth) / 2, Width - NodeWidth };
        for (var c = 0; c < columns.Length; c++)
        {
            var y = 0d;
            foreach (var (key, t) in columns[c].OrderByDescending(n => n.Key.Label == other ? -1 : n.Tonnes))
            {
                var h = Math.Max(MinHeight, t * scale);
                nodes[key.Key] = new SankeyNode(key.Key, key.Label, c, x[c], y, h, (decimal)t);
                // Small nodes at a column's foot still get a line each for their labels.
                y += Math.Max(h + Gap, LabelSlot);
            }
        }

        var outOffset = nodes.Keys.ToDictionary(k => k, _ => 0d, StringComparer.Ordinal);
        var inOffset = nodes.Keys.ToDictionary(k => k, _ => 0d, StringComparer.Ordinal);
        var links = new List<SankeyLink>();
        foreach (var (from, to, t) in first.Concat(second).OrderBy(l => nodes[l.From.Key].Column).ThenBy(l => nodes[l.From.Key].Y).ThenBy(l => nodes[l.To.Key].Y))
        {
            var a = nodes[from.Key];
            var b = nodes[to.Key];
            var w = Math.Max(1, t * scale);
            links.Add(new SankeyLink(a, b, a.Y + outOffset[a.Key] + (w / 2), b.Y + inOffset[b.Key] + (w / 2), w, (decimal)t));
            outOffset[a.Key] += w;
            inOffset[b.Key] += w;
        }

        return new SankeyLayout(nodes.Values.Max(n => n.Y + n.Height), [.. nodes.Values], links);
    }

    /// <summary>A node key function keeping the largest <paramref name="max"/> nodes and joining the rest.</summary>
    private static Func<DashboardFlow, (string Key, string Label)> Top(
        List<DashboardFlow> flows, Func<DashboardFlow, decimal> tonnes, Func<DashboardFlow, (string Key, string Label)> node, int max, string other)
    {
        var kept = flows.GroupBy(node).OrderByDescending(g => g.Sum(tonnes)).Take(max).Select(g => g.Key.Key).ToHashSet(StringComparer.Ordinal);
        return f =>
        {
            var n = node(f);
            return kept.Contains(n.Key) ? n : (n.Key[..2] + "*", other);
        };
    }
}

/// <summary>A node: a bar in its column.</summary>
public sealed record SankeyNode(string Key, string Label, int Column, double X, double Y, double Height, decimal Tonnes);

/// <summary>A band from one node to another, its centre line at <paramref name="Y0"/> and <paramref name="Y1"/>.</summary>
public sealed record SankeyLink(SankeyNode From, SankeyNode To, double Y0, double Y1, double Width, decimal Tonnes)
{
    /// <summary>The SVG path of the band's centre line (a cubic curve between the node edges).</summary>
    public string Path()
    {
        var x0 = From.X + SankeyLayout.NodeWidth;
        var x1 = To.X;
        var mid = (x0 + x1) / 2;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"M{x0:0.#},{Y0:0.#} C{mid:0.#},{Y0:0.#} {mid:0.#},{Y1:0.#} {x1:0.#},{Y1:0.#}");
    }
}
