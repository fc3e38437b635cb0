using System.ComponentModel.DataAnnotations;

namespace IzmirSymbiosis.Application.Introductions;

/// <summary>Settings of introductions (configuration section <c>Introductions</c>).</summary>
public sealed class IntroductionOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Introductions";

    /// <summary>Days a request waits for the firms before it expires.</summary>
    [Range(1, 365)]
    public int ExpiryDays { get; set; } = 30;
}
