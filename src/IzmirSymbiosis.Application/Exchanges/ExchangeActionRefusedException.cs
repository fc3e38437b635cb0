namespace IzmirSymbiosis.Application.Exchanges;

/// <summary>
/// The stage machine refused the action for this user now (<see cref="Domain.Exchanges.ExchangeRules"/>):
/// <see cref="ReasonKey"/> is a translated message key. Nothing was saved.
/// </summary>
public sealed class ExchangeActionRefusedException(string reasonKey) : Exception(reasonKey)
{
    /// <summary>Why (e.g. <c>Exchange.Rule.ProposerMayNotReview</c>).</summary>
    public string ReasonKey { get; } = reasonKey;

    /// <summary>Whether the refusal is about the exchange's current stage rather than who asks (409 rather than 403).</summary>
    public bool IsAboutStage => ReasonKey is Domain.Exchanges.ExchangeRules.WrongStage or Domain.Exchanges.ExchangeRules.Closed or "Exchange.NotDraft";
}
