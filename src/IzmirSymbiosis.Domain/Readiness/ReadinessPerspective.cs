namespace IzmirSymbiosis.Domain.Readiness;

/// <summary>
/// The six readiness perspectives of an industrial symbiosis exchange, as the EU CORALIS project
/// proposes them for its Industrial Symbiosis Readiness Level (ISRL) and the Readiness Level Matrix
/// (D2.1: technology and integration, business, organisational, legal and ethical, societal,
/// environmental). The level definitions and their sources are in the Application layer's
/// <c>Readiness/Data/readiness_levels.csv</c> and <c>SOURCES.md</c>.
/// </summary>
public enum ReadinessPerspective
{
    /// <summary>Technology and integration (TRL of Horizon 2020, General Annex G).</summary>
    Technology,

    /// <summary>Business: value, costs, prices and contract of the exchange.</summary>
    Business,

    /// <summary>Organisational: people, decisions and routines in the firms.</summary>
    Organisational,

    /// <summary>Legal and ethical: waste status, permits, contract and compliance.</summary>
    Legal,

    /// <summary>Societal: stakeholders and acceptance around the exchange.</summary>
    Societal,

    /// <summary>Environmental: the benefit estimated, measured and verified, and the risks of the use.</summary>
    Environmental,
}
