using System.ComponentModel.DataAnnotations;

namespace IzmirSymbiosis.Web.Observability;

/// <summary>Where operators read the metrics (<c>Observability</c> section).</summary>
public sealed class ObservabilityOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Observability";

    /// <summary>Why a metrics port that is also a public port is refused.</summary>
    public const string PublicPortRefused = "Observability:MetricsPort must be a port of its own, not one the app serves its pages on: metrics are for operators only.";

    /// <summary>
    /// The port of the Prometheus scrape endpoint <c>/metrics</c>, an extra listener the app adds
    /// to its URLs and serves nothing else on. Unset: no scrape endpoint at all.
    /// </summary>
    [Range(1, 65535)]
    public int? MetricsPort { get; set; }

    /// <summary>The address of that listener: loopback by default; <c>*</c> for every interface (in a container).</summary>
    [Required]
    public string MetricsHost { get; set; } = "127.0.0.1";
}
