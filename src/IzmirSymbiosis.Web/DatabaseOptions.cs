namespace IzmirSymbiosis.Web;

/// <summary>What the app does to its database on start.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Database";

    /// <summary>Apply migrations and load reference data on start.</summary>
    public bool Initialize { get; set; }

    /// <summary>
    /// Also load the demo firms, streams and accounts (implies <see cref="Initialize"/>). Refused in
    /// Production: the demo accounts' password and authenticator keys are public.
    /// </summary>
    public bool SeedDemo { get; set; }

    /// <summary>Why Production does not start with <see cref="SeedDemo"/>.</summary>
    public const string DemoRefusedInProduction =
        "Database:SeedDemo is refused in Production: the demo accounts' password and authenticator keys are public. " +
        "Remove the setting (Database__SeedDemo) and create the first admin with `izmirsym create-admin --email ...`.";
}
