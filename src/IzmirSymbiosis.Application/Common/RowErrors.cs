using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Common;

/// <summary>Errors of one row of a list field, named <c>List[i].Field</c> so a form shows them on the row.</summary>
internal static class RowErrors
{
    /// <summary>Runs <paramref name="create"/>; a rule it breaks becomes an error on <c>{list}[{index}].{field}</c>.</summary>
    public static T? TryRow<T>(this ErrorCollector errors, string list, int index, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (DomainException e)
        {
            errors.Add(new FieldError(Name(list, index, e.Field ?? string.Empty), e.Code, e.Args));
            return null;
        }
    }

    /// <summary>The error field of a row's field.</summary>
    public static string Name(string list, int index, string field) => $"{list}[{index}].{field}";
}
