using IzmirSymbiosis.Matching.Engine;

namespace IzmirSymbiosis.Matching.UnitTests.Architecture;

/// <summary>
/// The namespaces of the Matching project form layers, each using only those below it:
/// Model ← Knowledge ← Preparation ← Scoring ← Engine, with Latent on Knowledge and Synthetic on
/// Knowledge and Model. A cycle means two parts can no longer be read (or moved) one without the other.
/// </summary>
public class NamespaceDependencyTests
{
    private const string Root = "IzmirSymbiosis.Matching";

    [Fact]
    public void MatchingNamespaces_HaveNoCycle()
    {
        var graph = NamespaceGraph.Of(typeof(MatchingEngine).Assembly, Root);

        var cycles = NamespaceGraph.Cycles(graph);

        Assert.True(cycles.Count == 0, "Namespaces that use each other: " + string.Join("; ", cycles.Select(c => $"{c.A} ⇄ {c.B}")));
    }

    [Fact]
    public void MatchingNamespaces_EngineUsesScoringAndScoringNotEngine()
    {
        var graph = NamespaceGraph.Of(typeof(MatchingEngine).Assembly, Root);

        Assert.Contains($"{Root}.Scoring", graph[$"{Root}.Engine"]);
        Assert.Contains($"{Root}.Preparation", graph[$"{Root}.Scoring"]);
        Assert.DoesNotContain($"{Root}.Engine", graph[$"{Root}.Scoring"]);
    }

    [Fact]
    public void Of_UseInsideAMethodBodyOnly_IsAnEdge()
    {
        // BodyOnly's signatures and fields name nothing of the Engine namespace; its body does.
        var graph = NamespaceGraph.Of(typeof(BodyOnly).Assembly, "IzmirSymbiosis.Matching.UnitTests.Architecture");

        Assert.Contains("IzmirSymbiosis.Matching.UnitTests.Architecture.Samples", graph["IzmirSymbiosis.Matching.UnitTests.Architecture"]);
    }

    [Fact]
    public void Cycles_TwoNamespacesThroughAThird_AreReported()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        var cycles = NamespaceGraph.Cycles(graph);

        Assert.Equal([("A", "B"), ("A", "C"), ("B", "C")], cycles);
    }

    [Fact]
    public void Cycles_Layers_NoneReported()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Engine"] = ["Scoring", "Model"],
            ["Scoring"] = ["Model"],
            ["Model"] = [],
        };

        Assert.Empty(NamespaceGraph.Cycles(graph));
    }

    private static class BodyOnly
    {
        public static int Count() => Samples.Sample.Make().Length;
    }
}
