using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Exchanges;

/// <summary>The answer to one by-product condition of article 19, with the evidence that supports it.</summary>
public sealed class ByProductAnswer
{
    /// <summary>Maximum length of the evidence text.</summary>
    public const int EvidenceMaxLength = 2000;

    private ByProductAnswer()
    {
    }

    /// <summary>Creates an answer, checking the evidence text.</summary>
    public ByProductAnswer(ByProductCondition condition, ConditionAnswer answer, string? evidence)
    {
        Condition = Guard.Defined(condition, nameof(Condition));
        Answer = Guard.Defined(answer, nameof(Answer));
        var e = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        if (e is { Length: > EvidenceMaxLength })
        {
            throw new DomainException("Exchange.EvidenceTooLong", nameof(Evidence), EvidenceMaxLength);
        }

        Guard.PlainText(e, nameof(Evidence), multiLine: true);
        Evidence = e;
    }

    /// <summary>Which condition.</summary>
    public ByProductCondition Condition { get; private set; }

    /// <summary>Yes, no or not answered.</summary>
    public ConditionAnswer Answer { get; private set; }

    /// <summary>What shows it (a document name, a test report, a paragraph of the capacity report).</summary>
    public string? Evidence { get; private set; }

    /// <summary>Answered yes with evidence: the condition counts as met.</summary>
    public bool IsMet => Answer == ConditionAnswer.Yes && Evidence is not null;
}
