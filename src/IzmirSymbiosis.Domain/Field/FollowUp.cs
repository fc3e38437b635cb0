namespace IzmirSymbiosis.Domain.Field;

/// <summary>Something to do after a site visit, by a due date.</summary>
public sealed class FollowUp
{
    /// <summary>Maximum length of the text.</summary>
    public const int TextMaxLength = 500;

    private FollowUp()
    {
        Text = string.Empty;
    }

    /// <summary>What to do.</summary>
    public string Text { get; private set; }

    /// <summary>By when; never before the visit.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>Whether it is done.</summary>
    public bool Done { get; private set; }

    /// <summary>
    /// A follow-up of a visit made on <paramref name="visitedOn"/>: <c>Field.Required</c> on
    /// <c>Text</c> when blank, <c>FieldVisit.FollowUpBeforeVisit</c> on <c>DueOn</c> when due before the visit.
    /// </summary>
    public static FollowUp Create(string? text, DateOnly dueOn, bool done, DateOnly visitedOn) => new()
    {
        Text = FieldText.Clean(text, nameof(Text), TextMaxLength, required: true, multiLine: true)!,
        DueOn = dueOn >= visitedOn ? dueOn : throw new Common.DomainException("FieldVisit.FollowUpBeforeVisit", nameof(DueOn)),
        Done = done,
    };
}
