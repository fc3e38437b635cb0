namespace IzmirSymbiosis.Domain.Companies;

/// <summary>KOBİ size band by employees (Turkish SME regulation).</summary>
public enum SizeBand
{
    /// <summary>1–9 employees.</summary>
    Micro,

    /// <summary>10–49 employees.</summary>
    Small,

    /// <summary>50–249 employees.</summary>
    Medium,

    /// <summary>250 or more employees.</summary>
    Large,
}
