namespace IzmirSymbiosis.Domain.Exchanges;

/// <summary>The stage machine's answer: allowed, or refused with a message key the UI translates.</summary>
/// <param name="Allowed">Whether the action may be taken now.</param>
/// <param name="ReasonKey">Why not (null when allowed).</param>
public sealed record RuleDecision(bool Allowed, string? ReasonKey)
{
    /// <summary>The action may be taken.</summary>
    public static RuleDecision Yes { get; } = new(true, null);

    /// <summary>Refused with <paramref name="reasonKey"/>.</summary>
    public static RuleDecision No(string reasonKey) => new(false, reasonKey);
}

/// <summary>
/// The exchange stage machine as one table: for each action, who may take it (by relation to the
/// exchange) and from which stages, and the stage it leads to. Decisions are taken in this order:
/// admins never act (they operate the platform; only İZKA experts decide, DESIGN.md §5); then the
/// action's actors (a proposing expert is told that they may not review their own proposal); then
/// the stage (a final stage says so). Conditions on the data (all parties confirmed, the legal
/// checklist, a reason given) are checked by <see cref="Exchange"/> afterwards.
/// </summary>
public static class ExchangeRules
{
    /// <summary>Refused: an admin reads exchanges but takes no part in the workflow.</summary>
    public const string AdminsDoNotAct = "Exchange.Rule.AdminsDoNotAct";

    /// <summary>Refused: only a party firm's user may do this.</summary>
    public const string OnlyParties = "Exchange.Rule.OnlyParties";

    /// <summary>Refused: only OIZ staff or a party may do this.</summary>
    public const string OnlyStaffOrParties = "Exchange.Rule.OnlyStaffOrParties";

    /// <summary>Refused: only an İZKA expert may do this.</summary>
    public const string OnlyExperts = "Exchange.Rule.OnlyExperts";

    /// <summary>Refused: the expert who created or proposed the exchange may not review or verify it.</summary>
    public const string ProposerMayNotReview = "Exchange.Rule.ProposerMayNotReview";

    /// <summary>Refused: the action does not apply at this stage.</summary>
    public const string WrongStage = "Exchange.Rule.WrongStage";

    /// <summary>Refused: the exchange has ended (verified, rejected or withdrawn).</summary>
    public const string Closed = "Exchange.Rule.Closed";

    private static readonly ExchangeActor[] s_parties = [ExchangeActor.PartyFirmUser];
    private static readonly ExchangeActor[] s_facilitators = [ExchangeActor.PartyFirmUser, ExchangeActor.ZoneStaff, ExchangeActor.Expert, ExchangeActor.ProposingExpert];
    private static readonly ExchangeActor[] s_staffOrParties = [ExchangeActor.PartyFirmUser, ExchangeActor.ZoneStaff];
    private static readonly ExchangeActor[] s_reviewers = [ExchangeActor.Expert];

    /// <summary>The table: each action's actors, the stages it starts from, the stage it leads to (null: unchanged) and the refusal for other actors.</summary>
    private static readonly Dictionary<ExchangeAction, Row> s_table = new()
    {
        [ExchangeAction.ConfirmParticipation] = new(s_parties, [ExchangeStage.Identified, ExchangeStage.Proposed], null, OnlyParties),
        [ExchangeAction.Propose] = new(s_facilitators, [ExchangeStage.Identified], ExchangeStage.Proposed, OnlyStaffOrParties),
        [ExchangeAction.SubmitForReview] = new(s_staffOrParties, [ExchangeStage.Proposed], ExchangeStage.UnderReview, OnlyStaffOrParties),
        [ExchangeAction.Approve] = new(s_reviewers, [ExchangeStage.UnderReview], ExchangeStage.Approved, OnlyExperts),
        [ExchangeAction.Reject] = new(s_reviewers, [ExchangeStage.UnderReview], ExchangeStage.Rejected, OnlyExperts),
        [ExchangeAction.SendBack] = new(s_reviewers, [ExchangeStage.UnderReview], ExchangeStage.Proposed, OnlyExperts),
        [ExchangeAction.StartImplementation] = new(s_parties, [ExchangeStage.Approved], ExchangeStage.InImplementation, OnlyParties),
        [ExchangeAction.ReportImplemented] = new(s_parties, [ExchangeStage.InImplementation], ExchangeStage.Implemented, OnlyParties),
        [ExchangeAction.Verify] = new(s_reviewers, [ExchangeStage.Implemented], ExchangeStage.Verified, OnlyExperts),
        [ExchangeAction.Withdraw] = new(
            s_parties,
            [ExchangeStage.Identified, ExchangeStage.Proposed, ExchangeStage.UnderReview, ExchangeStage.Approved, ExchangeStage.InImplementation, ExchangeStage.Implemented],
            ExchangeStage.Withdrawn,
            OnlyParties),
    };

    /// <summary>Whether an action ends or may not follow any more: verified, rejected, withdrawn.</summary>
    public static bool IsFinal(ExchangeStage stage) => stage is ExchangeStage.Verified or ExchangeStage.Rejected or ExchangeStage.Withdrawn;

    /// <summary>Stages in which the draft fields (quantity, route, terms…) may still be edited.</summary>
    public static bool IsDraft(ExchangeStage stage) => stage is ExchangeStage.Identified or ExchangeStage.Proposed;

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="action"/> on an exchange at <paramref name="stage"/>.</summary>
    public static RuleDecision Decide(ExchangeActor actor, ExchangeStage stage, ExchangeAction action)
    {
        if (!s_table.TryGetValue(action, out var row))
        {
            throw new ArgumentOutOfRangeException(nameof(action));
        }

        if (actor == ExchangeActor.Admin)
        {
            return RuleDecision.No(AdminsDoNotAct);
        }

        if (!row.Actors.Contains(actor))
        {
            return RuleDecision.No(actor == ExchangeActor.ProposingExpert && row.Actors.Contains(ExchangeActor.Expert) ? ProposerMayNotReview : row.Refusal);
        }

        if (!row.From.Contains(stage))
        {
            return RuleDecision.No(IsFinal(stage) ? Closed : WrongStage);
        }

        return RuleDecision.Yes;
    }

    /// <summary>The stage <paramref name="action"/> leads to from <paramref name="stage"/> (the same stage for a confirmation).</summary>
    public static ExchangeStage Target(ExchangeStage stage, ExchangeAction action) =>
        s_table.TryGetValue(action, out var row) ? row.To ?? stage : throw new ArgumentOutOfRangeException(nameof(action));

    /// <summary>The actions <paramref name="actor"/> may take at <paramref name="stage"/>, in table order.</summary>
    public static IReadOnlyList<ExchangeAction> Allowed(ExchangeActor actor, ExchangeStage stage) =>
        [.. Enum.GetValues<ExchangeAction>().Where(a => Decide(actor, stage, a).Allowed)];

    private sealed record Row(ExchangeActor[] Actors, ExchangeStage[] From, ExchangeStage? To, string Refusal);
}
