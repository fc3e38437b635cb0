using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web;

/// <summary>Checks options that are read while services are registered (before ValidateOnStart can).</summary>
public static class OptionsCheck
{
    /// <summary>Throws an <see cref="OptionsValidationException"/> naming each invalid key of <paramref name="section"/>.</summary>
    public static void ThrowIfInvalid<T>(T options, string section)
        where T : class
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new OptionsValidationException(
                section,
                typeof(T),
                results.Select(r => $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }
    }
}
