namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>
/// The version stored with each match and shown in its breakdown. It belongs to the scoring, not
/// to the engine that stores the lists: bump it when scores change meaning.
/// </summary>
public static class MatchVersion
{
    /// <summary>Version of the current scoring.</summary>
    public const string Current = "1.28.0";
}
