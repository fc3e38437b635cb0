namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>A column of a plain list (<see cref="TableSort"/>): its sort key, its header's resource key, and its first order.</summary>
/// <param name="Key">The key the service sorts by ("score", "distance"); a column that does not sort has <paramref name="Sorts"/> false.</param>
/// <param name="Label">The header's resource key.</param>
/// <param name="FirstDescending">Whether a first click sorts from the highest (a score), not from the lowest.</param>
/// <param name="Sorts">Whether the column sorts at all.</param>
public sealed record TableColumn(string Key, string Label, bool FirstDescending = false, bool Sorts = true);
