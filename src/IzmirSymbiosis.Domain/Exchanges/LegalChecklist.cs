using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.Exchanges;

/// <summary>One line of the legal checklist the expert sees before approving.</summary>
/// <param name="Key">What is checked: <c>Checklist.HazardousPermit</c>, <c>Checklist.WasteCode</c> or <c>Checklist.ByProduct.&lt;Condition&gt;</c> (a message key).</param>
/// <param name="Passed">Whether it holds.</param>
/// <param name="ProblemKey">Why not (message key), null when it holds.</param>
/// <param name="Args">Values for the problem message.</param>
/// <param name="Evidence">What supports it: the permit (authority, number, valid until) or the evidence text given.</param>
public sealed record ChecklistItem(string Key, bool Passed, string? ProblemKey, IReadOnlyList<object> Args, string? Evidence);

/// <summary>What the checklist needs to know about the offer stream.</summary>
/// <param name="EwcCode">Six-digit EWC code, when the stream has one.</param>
/// <param name="IsHazardous">Whether the code is a hazardous (<c>*</c>) entry.</param>
public sealed record OfferFacts(string? EwcCode, bool IsHazardous);

/// <summary>
/// The legal checks before approval (issue 9, DESIGN.md §5), computed from the stored exchange, the
/// offer's code and the receiver's permits: a waste recovery route needs an EWC code, and a
/// hazardous code needs a receiver permit valid on the planned start that covers the code and the
/// R operation (<see cref="HazardousWastePermit.IsValidOn"/>, <see cref="HazardousWastePermit.Covers"/>);
/// a by-product route needs all six conditions of article 19 answered "yes" with evidence. A
/// non-waste route has nothing to check.
/// </summary>
public sealed class LegalChecklist
{
    private LegalChecklist(IReadOnlyList<ChecklistItem> items) => Items = items;

    /// <summary>The lines, in the order shown.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; }

    /// <summary>Whether every line holds (and so approval may go ahead).</summary>
    public bool Passed => Items.All(i => i.Passed);

    /// <summary>The lines that do not hold.</summary>
    public IReadOnlyList<ChecklistItem> Failed => [.. Items.Where(i => !i.Passed)];

    /// <summary>Evaluates the checklist.</summary>
    public static LegalChecklist Evaluate(Exchange exchange, OfferFacts offer, IEnumerable<HazardousWastePermit> receiverPermits)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(receiverPermits);
        var items = new List<ChecklistItem>();
        switch (exchange.Route)
        {
            case null:
                items.Add(new("Checklist.Route", false, "Checklist.RouteMissing", [], null));
                break;
            case ExchangeRoute.WasteRecovery:
                items.Add(offer.EwcCode is null
                    ? new("Checklist.WasteCode", false, "Checklist.WasteCodeMissing", [], null)
                    : new("Checklist.WasteCode", true, null, [], EwcCode.Display(offer.EwcCode) + (offer.IsHazardous ? "*" : string.Empty)));
                if (offer.IsHazardous && offer.EwcCode is { } code)
                {
                    items.Add(PermitItem(exchange, code, receiverPermits));
                }

                break;
            case ExchangeRoute.ByProduct:
                items.AddRange(exchange.ByProductAnswers.Select(ConditionItem));
                break;
        }

        return new LegalChecklist(items);
    }

    private static ChecklistItem PermitItem(Exchange exchange, string code, IEnumerable<HazardousWastePermit> permits)
    {
        const string key = "Checklist.HazardousPermit";
        if (exchange.PlannedStart is not { } start)
        {
            return new(key, false, "Checklist.PlannedStartMissing", [], null);
        }

        if (exchange.RecoveryOperation is not { } operation)
        {
            return new(key, false, "Checklist.OperationMissing", [], null);
        }

        var permit = permits
            .Where(p => p.IsValidOn(start) && p.Covers(code) && p.Operations.Contains(operation, StringComparer.Ordinal))
            .OrderByDescending(p => p.ValidUntil)
            .FirstOrDefault();
        return permit is null
            ? new(key, false, "Checklist.NoValidPermit", [EwcCode.Display(code), operation, start], null)
            : new(key, true, null, [], $"{permit.Authority} — {permit.Number} ({permit.ValidUntil:yyyy-MM-dd})");
    }

    private static ChecklistItem ConditionItem(ByProductAnswer answer)
    {
        var key = $"Checklist.ByProduct.{answer.Condition}";
        return answer.Answer switch
        {
            ConditionAnswer.Unanswered => new(key, false, "Checklist.ConditionUnanswered", [], answer.Evidence),
            ConditionAnswer.No => new(key, false, "Checklist.ConditionNotMet", [], answer.Evidence),
            _ when answer.Evidence is null => new(key, false, "Checklist.EvidenceMissing", [], null),
            _ => new(key, true, null, [], answer.Evidence),
        };
    }
}
