namespace IzmirSymbiosis.Application.Imports;

/// <summary>What an import does with a row.</summary>
public enum ImportAction
{
    /// <summary>A new firm or stream.</summary>
    Create,

    /// <summary>An existing one whose values differ: they are replaced.</summary>
    Update,

    /// <summary>An existing one with the same values: nothing happens ("değişiklik yok").</summary>
    Unchanged,

    /// <summary>The row has an error: nothing of the file is imported.</summary>
    Invalid,
}

/// <summary>One row of the preview.</summary>
/// <param name="Sheet">The list (firms or streams).</param>
/// <param name="Row">Row number as the spreadsheet shows it (the header is row 1).</param>
/// <param name="TaxNumber">The firm's tax number as written.</param>
/// <param name="Title">The firm's name, or the stream's description.</param>
/// <param name="Action">What the import does with it.</param>
/// <param name="Changed">For an update, the columns whose values change.</param>
public sealed record ImportRowPreview(ImportSheetKind Sheet, int Row, string TaxNumber, string Title, ImportAction Action, IReadOnlyList<string> Changed);

/// <summary>A problem at a row and column (row 1 and no column for the header or the file as a whole).</summary>
/// <param name="File">The file concerned.</param>
/// <param name="Sheet">The sheet, or null when the file as a whole is concerned.</param>
/// <param name="Row">Row number as the spreadsheet shows it.</param>
/// <param name="Column">The column header (from <see cref="ImportLayout"/>), or null.</param>
/// <param name="Code">Message key the UI translates.</param>
/// <param name="Args">Arguments of the message.</param>
public sealed record ImportIssue(string File, string? Sheet, int Row, string? Column, string Code, IReadOnlyList<object> Args);

/// <summary>
/// What an import of some files does, row by row, and every problem found. It may be committed
/// only when there is no problem (<see cref="CanCommit"/>); committing re-checks everything.
/// </summary>
public sealed record ImportPreview(IReadOnlyList<ImportRowPreview> Rows, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>Whether the changes were saved (after a commit).</summary>
    public bool Committed { get; init; }

    /// <summary>Rows that create something.</summary>
    public int Creates => Rows.Count(r => r.Action == ImportAction.Create);

    /// <summary>Rows that change something.</summary>
    public int Updates => Rows.Count(r => r.Action == ImportAction.Update);

    /// <summary>Rows that change nothing.</summary>
    public int Unchanged => Rows.Count(r => r.Action == ImportAction.Unchanged);

    /// <summary>No problem, and something to do.</summary>
    public bool CanCommit => Issues.Count == 0 && (Creates + Updates) > 0;
}

/// <summary>The user may not import or export firms (a firm user, a user without firm data): the answer is 403.</summary>
public sealed class ImportRefusedException(string reasonKey) : Exception(reasonKey)
{
    /// <summary>Message key of the reason.</summary>
    public string ReasonKey { get; } = reasonKey;
}
