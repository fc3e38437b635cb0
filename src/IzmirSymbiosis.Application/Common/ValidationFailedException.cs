using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Common;

/// <summary>A broken rule on one input field: a message key the UI translates, and its arguments.</summary>
public sealed record FieldError(string Field, string Code, IReadOnlyList<object> Args)
{
    /// <summary>From a domain exception.</summary>
    public static FieldError From(DomainException e, string fallbackField) => new(e.Field ?? fallbackField, e.Code, e.Args);
}

/// <summary>The input broke one or more rules; nothing was saved.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Code}")))
{
    /// <summary>All problems found, one per field at most.</summary>
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

/// <summary>Runs domain operations and collects their errors instead of stopping at the first.</summary>
public sealed class ErrorCollector
{
    private readonly List<FieldError> _errors = [];

    /// <summary>Errors so far.</summary>
    public IReadOnlyList<FieldError> Errors => _errors;

    /// <summary>Runs <paramref name="action"/>; a <see cref="DomainException"/> becomes an error on <paramref name="field"/>.</summary>
    public void Try(string field, Action action)
    {
        try
        {
            action();
        }
        catch (DomainException e)
        {
            Add(FieldError.From(e, field));
        }
    }

    /// <summary>Runs <paramref name="create"/>; returns default and records the error when it throws.</summary>
    public T? Try<T>(string field, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (DomainException e)
        {
            Add(FieldError.From(e, field));
            return default;
        }
    }

    /// <summary>Adds an error unless its field already has one.</summary>
    public void Add(FieldError error)
    {
        if (!_errors.Any(e => e.Field == error.Field))
        {
            _errors.Add(error);
        }
    }

    /// <summary>Throws <see cref="ValidationFailedException"/> when anything was collected.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ValidationFailedException(_errors);
        }
    }
}
