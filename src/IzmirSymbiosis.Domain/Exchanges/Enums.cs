namespace IzmirSymbiosis.Domain.Exchanges;

/// <summary>
/// Where an exchange stands (DESIGN.md §5): <c>Identified → Proposed → UnderReview → Approved →
/// InImplementation → Implemented → Verified</c>; <see cref="Rejected"/> and <see cref="Withdrawn"/>
/// end it early.
/// </summary>
public enum ExchangeStage
{
    /// <summary>A synergy someone noticed (a match, a workshop topic); a draft anyone involved may edit.</summary>
    Identified,

    /// <summary>Put to the parties; they confirm their participation.</summary>
    Proposed,

    /// <summary>Waiting for an İZKA expert's decision.</summary>
    UnderReview,

    /// <summary>An expert approved it after the legal checklist.</summary>
    Approved,

    /// <summary>The parties started it.</summary>
    InImplementation,

    /// <summary>The first delivery took place.</summary>
    Implemented,

    /// <summary>An expert verified the delivered quantity with evidence. Final.</summary>
    Verified,

    /// <summary>An expert rejected it with a reason. Final.</summary>
    Rejected,

    /// <summary>A party withdrew with a reason. Final.</summary>
    Withdrawn,
}

/// <summary>What a user can do to an exchange; <see cref="ExchangeRules"/> says who may do which, when.</summary>
public enum ExchangeAction
{
    /// <summary>A party firm confirms it takes part (stage unchanged).</summary>
    ConfirmParticipation,

    /// <summary><see cref="ExchangeStage.Identified"/> → <see cref="ExchangeStage.Proposed"/>.</summary>
    Propose,

    /// <summary><see cref="ExchangeStage.Proposed"/> → <see cref="ExchangeStage.UnderReview"/>; every party must have confirmed.</summary>
    SubmitForReview,

    /// <summary><see cref="ExchangeStage.UnderReview"/> → <see cref="ExchangeStage.Approved"/>; the legal checklist must pass.</summary>
    Approve,

    /// <summary><see cref="ExchangeStage.UnderReview"/> → <see cref="ExchangeStage.Rejected"/>; a reason is required.</summary>
    Reject,

    /// <summary><see cref="ExchangeStage.UnderReview"/> → <see cref="ExchangeStage.Proposed"/>; a comment says what is missing.</summary>
    SendBack,

    /// <summary><see cref="ExchangeStage.Approved"/> → <see cref="ExchangeStage.InImplementation"/>, with the start date.</summary>
    StartImplementation,

    /// <summary><see cref="ExchangeStage.InImplementation"/> → <see cref="ExchangeStage.Implemented"/>, with the first delivery date.</summary>
    ReportImplemented,

    /// <summary><see cref="ExchangeStage.Implemented"/> → <see cref="ExchangeStage.Verified"/>, with measured figures and evidence.</summary>
    Verify,

    /// <summary>Any open stage before <see cref="ExchangeStage.Verified"/> → <see cref="ExchangeStage.Withdrawn"/>; a reason is required.</summary>
    Withdraw,
}

/// <summary>How a user relates to one exchange; the stage machine decides on this, not on raw roles.</summary>
public enum ExchangeActor
{
    /// <summary>A firm user of a party firm (donor, receiver, transporter or processor).</summary>
    PartyFirmUser,

    /// <summary>OIZ staff of the zone of one of the party firms (the facilitator).</summary>
    ZoneStaff,

    /// <summary>An İZKA expert who neither created nor proposed this exchange.</summary>
    Expert,

    /// <summary>The İZKA expert who created or proposed this exchange: may not review it.</summary>
    ProposingExpert,

    /// <summary>A platform admin: reads every exchange, takes no part in the workflow.</summary>
    Admin,
}

/// <summary>Where the material goes legally.</summary>
public enum ExchangeRoute
{
    /// <summary>A waste recovered under an R operation (R1…R13); hazardous codes need the receiver's permit.</summary>
    WasteRecovery,

    /// <summary>A by-product (yan ürün), not a waste: the six conditions of article 19 must hold.</summary>
    ByProduct,

    /// <summary>Energy, water or a shared capacity: no waste legislation applies.</summary>
    NonWaste,
}

/// <summary>How the material travels from donor to receiver.</summary>
public enum TransportMode
{
    /// <summary>By lorry.</summary>
    Road,

    /// <summary>By rail.</summary>
    Rail,

    /// <summary>By sea.</summary>
    Sea,

    /// <summary>By pipeline (steam, water, gas).</summary>
    Pipeline,

    /// <summary>More than one mode.</summary>
    Combined,

    /// <summary>No transport (same site, shared capacity).</summary>
    None,
}

/// <summary>The part a firm plays in an exchange.</summary>
public enum PartyRole
{
    /// <summary>Gives the material (owner of the offer).</summary>
    Donor,

    /// <summary>Takes the material.</summary>
    Receiver,

    /// <summary>Carries it (optional third party).</summary>
    Transporter,

    /// <summary>Treats it in between (optional third party).</summary>
    Processor,
}

/// <summary>
/// The six conditions under which a substance is a by-product and not a waste (Atık Yönetimi
/// Yönetmeliği, article 19).
/// </summary>
public enum ByProductCondition
{
    /// <summary>Produced as an integral part of a production process.</summary>
    IntegralPartOfProduction,

    /// <summary>Listed as a product or by-product in the producer's capacity report.</summary>
    InCapacityReport,

    /// <summary>There is continuous demand for its further use.</summary>
    ContinuousDemand,

    /// <summary>Usable directly, without treatment beyond physical operations where it is produced.</summary>
    DirectUseWithoutTreatment,

    /// <summary>Documented conformity with the standards of what it replaces, or the final product still meets its standard.</summary>
    MeetsStandards,

    /// <summary>Measures make sure its use harms neither the environment nor health.</summary>
    NoHarmToEnvironmentOrHealth,
}

/// <summary>An answer to one by-product condition.</summary>
public enum ConditionAnswer
{
    /// <summary>Not answered yet.</summary>
    Unanswered,

    /// <summary>The condition holds.</summary>
    Yes,

    /// <summary>The condition does not hold.</summary>
    No,
}
