namespace IzmirSymbiosis.Domain.Field;

/// <summary>A participant's gender as UNDP's field reporting counts it.</summary>
public enum Gender
{
    /// <summary>Woman.</summary>
    Female,

    /// <summary>Man.</summary>
    Male,

    /// <summary>Not stated, or another answer.</summary>
    Unspecified,
}

/// <summary>Which kind of organisation a workshop participant came from.</summary>
public enum StakeholderType
{
    /// <summary>A firm (industry, services).</summary>
    Firm,

    /// <summary>An organised industrial zone or free-zone office.</summary>
    ZoneOffice,

    /// <summary>A public body: ministry directorate, municipality, development agency.</summary>
    PublicBody,

    /// <summary>A university or research institute.</summary>
    University,

    /// <summary>A chamber, association or non-governmental organisation.</summary>
    Association,

    /// <summary>Anyone else (consultants, international organisations).</summary>
    Other,
}
