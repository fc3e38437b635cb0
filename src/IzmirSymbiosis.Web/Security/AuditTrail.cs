using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Persistence;

namespace IzmirSymbiosis.Web.Security;

/// <summary>
/// Writes security events through the same context Identity uses, so an event staged with
/// <see cref="Stage"/> is committed in the same transaction as the user change it records.
/// </summary>
public sealed class AuditTrail(AppDbContext db, TimeProvider clock)
{
    /// <summary>Adds an event to be saved with the next change.</summary>
    public void Stage(string eventType, Guid? actor, Guid? subject, string? details) =>
        db.AuditEvents.Add(new AuditEvent(eventType, actor, subject, details, clock.GetUtcNow()));

    /// <summary>Saves an event now (for events with no other change, such as a sign-in).</summary>
    public async Task WriteAsync(string eventType, Guid? actor, Guid? subject, string? details)
    {
        Stage(eventType, actor, subject, details);
        await db.SaveChangesAsync();
    }
}
