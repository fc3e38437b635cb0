namespace IzmirSymbiosis.Domain.Common;

/// <summary>
/// Input rules shared by the entities, so no caller (form, API, import) can store what the rules
/// refuse: enum values must be defined, and text must be plain text.
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

    /// <summary>
    /// Throws <c>Text.ControlCharacters</c> on <paramref name="field"/> when <paramref name="text"/>
    /// holds a control character (NUL, ESC, BEL…) or half of a surrogate pair: invisible, unsafe in
    /// logs and exports, and PostgreSQL refuses NUL. Tabs and line breaks are allowed where
    /// <paramref name="multiLine"/> is set.
    /// </summary>
    public static void PlainText(string? text, string field, bool multiLine = false)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var allowed = c switch
            {
                '\t' or '\n' or '\r' => multiLine,
                _ when char.IsHighSurrogate(c) => i + 1 < text.Length && char.IsLowSurrogate(text[++i]),
                _ when char.IsLowSurrogate(c) => false,
                _ => !char.IsControl(c),
            };
            if (!allowed)
            {
                throw new DomainException("Text.ControlCharacters", field);
            }
        }
    }
}
