namespace IzmirSymbiosis.Domain.Common;

/// <summary>
/// Input rules shared by the entities, so no caller (form, API, import) can store what the rules
/// refuse.
/// </summary>
public static class Guard
{
    /// <summary>
    /// Returns <paramref name="value"/> when it is a named member of <typeparamref name="TEnum"/>;
    /// otherwise throws <c>Value.Undefined</c> on <paramref name="field"/> with the allowed names.
    /// </summary>
    public static TEnum Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainException("Value.Undefined", field, string.Join(", ", Enum.GetNames<TEnum>()));
        }

        return value;
    }
}
