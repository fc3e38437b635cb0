namespace IzmirSymbiosis.Web.Components.Layout;

/// <summary>
/// Tells the bell of this circuit (scoped: one per browser tab) that the user read notices on a
/// page, so the count follows at once instead of at the next tick.
/// </summary>
public sealed class UnreadCountSignal
{
    /// <summary>Raised when notices were marked read.</summary>
    public event Action? Changed;

    /// <summary>Raises <see cref="Changed"/>.</summary>
    public void Raise() => Changed?.Invoke();
}
