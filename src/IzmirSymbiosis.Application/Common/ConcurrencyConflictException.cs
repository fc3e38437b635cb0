namespace IzmirSymbiosis.Application.Common;

/// <summary>Someone else saved the entity after the editor loaded it; nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException(string entity, Guid id)
    : Exception($"{entity} {id} was changed by someone else.")
{
    /// <summary>Entity name.</summary>
    public string Entity { get; } = entity;

    /// <summary>Entity id.</summary>
    public Guid Id { get; } = id;
}

/// <summary>The entity does not exist (or, later, the user may not see it).</summary>
public sealed class NotFoundException(string entity, Guid id) : Exception($"{entity} {id} was not found.")
{
    /// <summary>Entity name.</summary>
    public string Entity { get; } = entity;

    /// <summary>Entity id.</summary>
    public Guid Id { get; } = id;
}
