namespace IzmirSymbiosis.Domain.Common;

/// <summary>
/// The things that carry a comment thread, documents and notifications of their own
/// (DESIGN.md §5): an introduction between two firms, and an exchange (a symbiosis).
/// </summary>
public enum SubjectKind
{
    /// <summary>A request to introduce two firms of a match to each other.</summary>
    Introduction,

    /// <summary>A proposed or running exchange between firms.</summary>
    Exchange,

    /// <summary>A stored match, as the subject of notices only (a hand-off to another zone's staff): it has no thread or documents.</summary>
    Match,
}
