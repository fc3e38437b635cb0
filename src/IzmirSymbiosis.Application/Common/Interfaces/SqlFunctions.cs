namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>
/// Database functions a LINQ query may call (mapped by the infrastructure's model); calling them
/// outside a query throws.
/// </summary>
public static class SqlFunctions
{
    /// <summary>
    /// The text of a top-level key of a <c>jsonb</c> column (PostgreSQL's <c>jsonb_extract_path_text</c>),
    /// null when the key is missing or null: lets a query group by a value stored inside a JSON column.
    /// </summary>
    public static string? JsonText(string json, string key) =>
        throw new InvalidOperationException($"{nameof(JsonText)} runs in database queries only.");
}
