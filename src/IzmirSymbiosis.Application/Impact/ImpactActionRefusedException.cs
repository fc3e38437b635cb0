namespace IzmirSymbiosis.Application.Impact;

/// <summary>The user may not take this impact action (e.g. only admins add factor sets); <see cref="ReasonKey"/> says why.</summary>
public sealed class ImpactActionRefusedException(string reasonKey) : Exception(reasonKey)
{
    /// <summary>Stable message key the UI translates.</summary>
    public string ReasonKey { get; } = reasonKey;
}
