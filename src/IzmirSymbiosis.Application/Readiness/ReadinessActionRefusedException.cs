namespace IzmirSymbiosis.Application.Readiness;

/// <summary>The user may not assess this exchange now (<see cref="Domain.Readiness.ReadinessRules"/>); <see cref="ReasonKey"/> says why.</summary>
public sealed class ReadinessActionRefusedException(string reasonKey) : Exception(reasonKey)
{
    /// <summary>Stable message key the UI translates.</summary>
    public string ReasonKey { get; } = reasonKey;
}
