namespace IzmirSymbiosis.Web;

/// <summary>Marker for the UI strings in <c>Resources/SharedResource*.resx</c> (Turkish neutral, English satellite).</summary>
public sealed class SharedResource;
