using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Auditing;

namespace IzmirSymbiosis.Application.Auditing;

/// <summary>
/// Writes security events that come with no other change (a sign-in, a failed attempt, a reset
/// request) on their own short-lived context. Events that record a change are added to the
/// change's own context instead, so both are saved together.
/// </summary>
public sealed class AuditTrail(IAppDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>Saves an event now.</summary>
    public async Task WriteAsync(string eventType, Guid? actor, Guid? subject, string? details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        db.AuditEvents.Add(new AuditEvent(eventType, actor, subject, details, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
