using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Exchanges;

/// <summary>
/// Text of the exchange pages. The service answers with message keys (reasons, checklist lines,
/// enum labels) whose resources come with the exchange API; a key without a resource shows as
/// itself (with its arguments) rather than breaking the page, and a message whose arguments do not fit its format is
/// shown unformatted.
/// </summary>
public static class ExchangeText
{
    /// <summary>The translated text of <paramref name="key"/> with its arguments, or the key itself when it has no resource.</summary>
    public static string Text(this IStringLocalizer localizer, string key, IReadOnlyList<object>? args = null)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(key);
        var found = localizer[key];
        if (found.ResourceNotFound)
        {
            return args is null || args.Count == 0 ? key : $"{key}: {string.Join(", ", args)}";
        }

        var text = found.Value;
        if (args is null || args.Count == 0)
        {
            return text;
        }

        try
        {
            return string.Format(CultureInfo.CurrentCulture, text, [.. args]);
        }
        catch (FormatException)
        {
            return text;
        }
    }

    /// <summary>The label of an enum value (resource <c>TypeName.Value</c>).</summary>
    public static string Label<T>(this IStringLocalizer localizer, T value)
        where T : struct, Enum => localizer.Text($"{typeof(T).Name}.{value}");

    /// <summary>A field error of the exchange service in the UI language.</summary>
    public static string Message(this IStringLocalizer localizer, FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return localizer.Text(error.Code, error.Args);
    }

    /// <summary>The label of a draft field name the service reports (e.g. in "missing for proposal").</summary>
    public static string FieldLabel(this IStringLocalizer localizer, string field) => localizer.Text($"ExchangePage.Field.{field}");

    /// <summary>
    /// Why an action cannot go ahead yet: the reasons listing fields or party roles get those names
    /// translated, other reasons their own arguments.
    /// </summary>
    public static string Blocked(this IStringLocalizer localizer, ExchangeActionOption option, IReadOnlyList<string> missing, IEnumerable<ExchangePartyView> parties)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(missing);
        return option.BlockedReasonKey switch
        {
            null => string.Empty,
            "Exchange.Incomplete" => localizer.Text(option.BlockedReasonKey, [string.Join(", ", missing.Select(localizer.FieldLabel))]),
            "Exchange.PartiesNotConfirmed" => localizer.Text(
                option.BlockedReasonKey,
                [string.Join(", ", parties.Where(p => p.ConfirmedAt is null).Select(p => $"{p.Name ?? localizer["Company.Anonymous"].Value} ({localizer.Label(p.Role)})"))]),
            _ => localizer.Text(option.BlockedReasonKey, option.Args),
        };
    }

    /// <summary>The colour a stage is shown in.</summary>
    public static Color StageColor(ExchangeStage stage) => stage switch
    {
        ExchangeStage.Identified => Color.Default,
        ExchangeStage.Proposed => Color.Info,
        ExchangeStage.UnderReview => Color.Warning,
        ExchangeStage.Approved => Color.Primary,
        ExchangeStage.InImplementation => Color.Secondary,
        ExchangeStage.Implemented => Color.Tertiary,
        ExchangeStage.Verified => Color.Success,
        ExchangeStage.Rejected => Color.Error,
        _ => Color.Dark,
    };

    /// <summary>
    /// A stage age in whole days: "3 gündür bekliyor" in the review queue (<paramref name="waiting"/>),
    /// "3 gündür bu aşamada" elsewhere.
    /// </summary>
    public static string StageAge(this IStringLocalizer localizer, int days, bool waiting = false)
    {
        var prefix = waiting ? "ExchangePage.Waiting" : "ExchangePage.InStage";
        return days == 0 ? localizer.Text(prefix + "Today") : localizer.Text(prefix + "Days", [days]);
    }

    /// <summary>A quantity with its unit and period ("120 t / yıl"), or a dash.</summary>
    public static string Quantity(this IStringLocalizer localizer, decimal? amount, QuantityUnit? unit, QuantityPeriod? period) => amount is { } a && unit is { } u
        ? $"{a.ToString("#,##0.###", CultureInfo.CurrentCulture)} {localizer[$"Unit.{u}"]}{(period is { } p and not QuantityPeriod.OneOff ? " " + localizer[$"Period.{p}"] : "")}"
        : "—";

    /// <summary>A stream of an exchange: description, waste code (hazardous marked) and quantity.</summary>
    public static string StreamText(this IStringLocalizer localizer, ExchangeStreamView stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return $"{stream.Description}{(stream.EwcCode is { } c ? $" ({EwcCode.Display(c)}{(stream.IsHazardous ? "*" : "")})" : "")} · {localizer.Quantity(stream.Amount, stream.Unit, stream.Period)}";
    }

    /// <summary>A date in the UI culture.</summary>
    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A moment in the UI culture, in Türkiye's time.</summary>
    public static string Moment(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(3)).ToString("g", CultureInfo.CurrentCulture);
}
