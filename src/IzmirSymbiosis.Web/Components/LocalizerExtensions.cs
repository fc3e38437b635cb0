using System.Globalization;
using IzmirSymbiosis.Application.Common;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Components;

/// <summary>Turns the application's field errors into text in the UI language.</summary>
public static class LocalizerExtensions
{
    /// <summary>The translated message of a field error, with its arguments.</summary>
    public static string Translate(this IStringLocalizer localizer, FieldError error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        var text = localizer[error.Code];
        return error.Args.Count == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, [.. error.Args]);
    }

    /// <summary>A NACE code as matches show it: a class, or a division while the firm is anonymous.</summary>
    public static string NaceLabel(this IStringLocalizer localizer, string code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == 2 ? string.Format(CultureInfo.CurrentCulture, localizer["Matches.NaceDivision"], code) : $"NACE {code}";
    }
}
