namespace IzmirSymbiosis.Domain.Introductions;

/// <summary>Where an introduction stands.</summary>
public enum IntroductionStatus
{
    /// <summary>Waiting for one or both firms.</summary>
    Pending,

    /// <summary>Both firms accepted: they see each other (this pair only).</summary>
    Accepted,

    /// <summary>A firm declined.</summary>
    Declined,

    /// <summary>Whoever asked for it took it back.</summary>
    Withdrawn,

    /// <summary>Nobody decided in time.</summary>
    Expired,
}

/// <summary>One of the two firms of a match.</summary>
public enum IntroductionSide
{
    /// <summary>The firm of the offer.</summary>
    Giver,

    /// <summary>The firm of the need, or the latent receiver.</summary>
    Receiver,
}

/// <summary>In which role the introduction was asked for.</summary>
public enum IntroductionRequesterRole
{
    /// <summary>A user of the offering firm (its side is accepted by asking).</summary>
    Giver,

    /// <summary>A user of the receiving firm (its side is accepted by asking).</summary>
    Receiver,

    /// <summary>OIZ staff of a zone of either firm (both sides pending).</summary>
    OizStaff,

    /// <summary>An İZKA expert or an admin (both sides pending).</summary>
    Expert,
}

/// <summary>A firm's answer.</summary>
public enum IntroductionDecision
{
    /// <summary>The firm agrees to be introduced.</summary>
    Accepted,

    /// <summary>The firm does not want to be introduced.</summary>
    Declined,
}
