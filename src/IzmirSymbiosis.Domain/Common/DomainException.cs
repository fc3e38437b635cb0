namespace IzmirSymbiosis.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Code"/> is a stable key the UI translates
/// (see the Web project's resources); <see cref="Field"/> names the input that caused it.
/// </summary>
public sealed class DomainException(string code, string? field = null, params object[] args)
    : Exception(code)
{
    /// <summary>Stable message key, e.g. <c>Vkn.CheckDigit</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The property or input that caused the error, when one did.</summary>
    public string? Field { get; } = field;

    /// <summary>Values the translated message is formatted with.</summary>
    public IReadOnlyList<object> Args { get; } = args;
}
