namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>Field errors keyed by the service's field names (<c>FollowUps[0].DueOn</c>), translated.</summary>
public sealed class FormErrors : Dictionary<string, string>
{
    public bool Has(string field) => ContainsKey(field);

    public string? Text(string field) => TryGetValue(field, out var text) ? text : null;
}
