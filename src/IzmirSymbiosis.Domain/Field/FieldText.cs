using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Field;

/// <summary>Text and date rules shared by site visits and workshops.</summary>
internal static class FieldText
{
    /// <summary>Earliest date a field record may carry (the programme began long after).</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>
    /// Trimmed <paramref name="text"/>; <c>Field.Required</c> when blank and required,
    /// <c>Field.TooLong</c> beyond <paramref name="max"/>, <c>Text.ControlCharacters</c> for unsafe characters.
    /// </summary>
    public static string? Clean(string? text, string field, int max, bool required, bool multiLine = false)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (value is null)
        {
            return required ? throw new DomainException("Field.Required", field) : null;
        }

        if (value.Length > max)
        {
            throw new DomainException("Field.TooLong", field, max);
        }

        Guard.PlainText(value, field, multiLine);
        return value;
    }

    /// <summary>The date of a record that already happened: not before 2000, not after <paramref name="today"/>.</summary>
    public static DateOnly PastDate(DateOnly date, DateOnly today, string field)
    {
        if (date < Earliest)
        {
            throw new DomainException("Field.DateTooEarly", field, Earliest);
        }

        return date > today ? throw new DomainException("Field.DateInFuture", field) : date;
    }
}
