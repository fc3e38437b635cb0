namespace IzmirSymbiosis.Web;

/// <summary>What the app does to its database on start.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Database";

    /// <summary>Apply migrations and load reference data on start.</summary>
    public bool Initialize { get; set; }

    /// <summary>Also load the demo firms and streams (implies <see cref="Initialize"/>).</summary>
    public bool SeedDemo { get; set; }
}
