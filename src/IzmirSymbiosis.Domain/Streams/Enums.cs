namespace IzmirSymbiosis.Domain.Streams;

/// <summary>Whether a firm gives or takes a resource.</summary>
public enum StreamDirection
{
    /// <summary>Something the firm gives away or sells (waste, by-product, surplus).</summary>
    Offer,

    /// <summary>Something the firm needs (raw material, energy, water, service).</summary>
    Need,
}

/// <summary>What kind of resource a stream is.</summary>
public enum ResourceKind
{
    /// <summary>Waste or by-product material.</summary>
    Material,

    /// <summary>Energy: surplus heat, steam, electricity.</summary>
    Energy,

    /// <summary>Water or waste water.</summary>
    Water,

    /// <summary>Idle capacity or a service (machines, storage, logistics).</summary>
    Capacity,
}

/// <summary>Physical state of a material.</summary>
public enum PhysicalState
{
    /// <summary>Solid, bulk or pieces.</summary>
    Solid,

    /// <summary>Powder or dust.</summary>
    Powder,

    /// <summary>Sludge or paste.</summary>
    Sludge,

    /// <summary>Liquid.</summary>
    Liquid,

    /// <summary>Gas or vapour.</summary>
    Gas,

    /// <summary>Not a material (energy, capacity).</summary>
    NotApplicable,
}

/// <summary>Life-cycle status of a stream.</summary>
public enum StreamStatus
{
    /// <summary>Being written; not matched.</summary>
    Draft,

    /// <summary>Published and matched.</summary>
    Active,

    /// <summary>Temporarily not available; not matched.</summary>
    Paused,

    /// <summary>No longer available.</summary>
    Closed,
}

/// <summary>Who may see the stream's details.</summary>
public enum StreamVisibility
{
    /// <summary>Others see material, rough quantity and district only.</summary>
    Anonymised,

    /// <summary>Others see the firm's name too.</summary>
    Named,
}
