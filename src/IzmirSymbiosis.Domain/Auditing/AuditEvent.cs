namespace IzmirSymbiosis.Domain.Auditing;

/// <summary>Kinds of security events kept in the audit trail.</summary>
public static class AuditEventTypes
{
    /// <summary>A successful sign-in.</summary>
    public const string LoginSucceeded = "login.succeeded";

    /// <summary>A failed sign-in (wrong password or code).</summary>
    public const string LoginFailed = "login.failed";

    /// <summary>An account was locked after repeated failures.</summary>
    public const string LockedOut = "login.locked_out";

    /// <summary>A sign-out.</summary>
    public const string Logout = "logout";

    /// <summary>Roles, company or zones of a user changed.</summary>
    public const string RoleChanged = "user.role_changed";

    /// <summary>A user was disabled.</summary>
    public const string UserDisabled = "user.disabled";

    /// <summary>A firm user confirmed their e-mail and their account was created (membership pending).</summary>
    public const string SignedUp = "user.signed_up";

    /// <summary>A firm membership was confirmed or refused.</summary>
    public const string MembershipDecided = "user.membership_decided";

    /// <summary>Personal data was exported.</summary>
    public const string DataExported = "data.exported";

    /// <summary>Personal data was erased.</summary>
    public const string DataErased = "data.erased";

    /// <summary>Two-factor authentication was switched on.</summary>
    public const string TwoFactorEnabled = "user.2fa_enabled";

    /// <summary>A password reset was asked for or completed.</summary>
    public const string PasswordReset = "user.password_reset";

    /// <summary>A personal access token was created or revoked.</summary>
    public const string TokenChanged = "token.changed";

    /// <summary>An exchange was created.</summary>
    public const string ExchangeCreated = "exchange.created";

    /// <summary>An exchange's draft fields were changed.</summary>
    public const string ExchangeUpdated = "exchange.updated";

    /// <summary>An exchange moved through its workflow (or a party confirmed its participation).</summary>
    public const string ExchangeTransition = "exchange.transition";
    /// <summary>A document was added to an introduction or exchange (details: subject, document id, category, size).</summary>
    public const string DocumentUploaded = "document.uploaded";

    /// <summary>A document was downloaded (details: subject and document id).</summary>
    public const string DocumentDownloaded = "document.downloaded";
    /// <summary>A firm user answered a match (interested or not); details carry no firm data.</summary>
    public const string MatchFeedbackGiven = "match.feedback_given";

    /// <summary>A firm user withdrew their answer to a match.</summary>
    public const string MatchFeedbackWithdrawn = "match.feedback_withdrawn";

    /// <summary>OIZ staff handed a match to the staff of the other firm's zone (details: the match's and that zone's ids).</summary>
    public const string MatchHandedOff = "match.handed_off";
    /// <summary>An introduction between the two firms of a match was asked for or proposed.</summary>
    public const string IntroductionRequested = "introduction.requested";

    /// <summary>One firm accepted an introduction (the other has not answered yet).</summary>
    public const string IntroductionSideAccepted = "introduction.side_accepted";

    /// <summary>Both firms accepted: they see each other (this pair only).</summary>
    public const string IntroductionAccepted = "introduction.accepted";

    /// <summary>A firm declined an introduction.</summary>
    public const string IntroductionDeclined = "introduction.declined";

    /// <summary>An introduction was withdrawn by whoever asked for it.</summary>
    public const string IntroductionWithdrawn = "introduction.withdrawn";

    /// <summary>An introduction lapsed unanswered.</summary>
    public const string IntroductionExpired = "introduction.expired";

    /// <summary>An admin added an impact factor set (details: set id, name and version).</summary>
    public const string FactorSetAdded = "impact.factor_set_added";

    /// <summary>An admin changed a row of an unused impact factor set (details: set id and row key).</summary>
    public const string FactorSetChanged = "impact.factor_set_changed";

    /// <summary>An expert or admin recomputed an exchange's impact figures (details: exchange, basis, factor set).</summary>
    public const string ImpactRecomputed = "impact.recomputed";

    /// <summary>An expert or OIZ staff added a readiness assessment to an exchange (details: exchange, number, levels).</summary>
    public const string ReadinessAssessed = "readiness.assessed";
}

/// <summary>
/// One row of the append-only security audit trail. The database refuses UPDATE, DELETE and
/// TRUNCATE on this table (trigger), so not even the application can rewrite history.
/// Never put passwords, tokens, prices or quantities in <see cref="Details"/>.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
        EventType = string.Empty;
    }

    /// <summary>Creates an event.</summary>
    public AuditEvent(string eventType, Guid? actorUserId, Guid? subjectUserId, string? details, DateTimeOffset occurredAt)
    {
        EventType = eventType;
        ActorUserId = actorUserId;
        SubjectUserId = subjectUserId;
        Details = details;
        OccurredAt = occurredAt;
    }

    /// <summary>Sequence number.</summary>
    public long Id { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>One of <see cref="AuditEventTypes"/>.</summary>
    public string EventType { get; private set; }

    /// <summary>Who did it, when known.</summary>
    public Guid? ActorUserId { get; private set; }

    /// <summary>Whom it concerned, when another user.</summary>
    public Guid? SubjectUserId { get; private set; }

    /// <summary>Short non-secret details (e.g. the new roles).</summary>
    public string? Details { get; private set; }
}
