namespace IzmirSymbiosis.Matching.UnitTests.Architecture.Samples;

/// <summary>Used by <see cref="NamespaceDependencyTests"/>: reached only from a method body.</summary>
internal static class Sample
{
    public static int[] Make() => [1, 2];
}
