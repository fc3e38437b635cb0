using System.Globalization;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Application.Imports;

/// <summary>
/// The words and numbers of the import file: each choice (direction, kind, unit, period, size) is
/// written in Turkish as the app shows it, and read back from that form or a common variant
/// (English and the enum's own name too), with Turkish case rules; numbers are read as a Turkish
/// clerk types them (<c>1.234,5</c> or <c>1234,5</c>).
/// </summary>
public static partial class ImportValues
{
    private static readonly Dictionary<StreamDirection, string[]> s_directions = new()
    {
        [StreamDirection.Offer] = ["Teklif", "Teklif (verilen)", "Verilen", "Arz", "Offer"],
        [StreamDirection.Need] = ["İhtiyaç", "İhtiyaç (aranan)", "Aranan", "Talep", "Need"],
    };

    private static readonly Dictionary<ResourceKind, string[]> s_kinds = new()
    {
        [ResourceKind.Material] = ["Atık / yan ürün", "Atık", "Yan ürün", "Malzeme", "Hammadde", "Material", "Waste"],
        [ResourceKind.Energy] = ["Enerji", "Energy"],
        [ResourceKind.Water] = ["Su", "Water"],
        [ResourceKind.Capacity] = ["Kapasite / hizmet", "Kapasite", "Hizmet", "Capacity", "Service"],
    };

    private static readonly Dictionary<QuantityUnit, string[]> s_units = new()
    {
        [QuantityUnit.Tonne] = ["t", "ton", "tonne"],
        [QuantityUnit.Kilogram] = ["kg", "kilogram"],
        [QuantityUnit.CubicMetre] = ["m³", "m3", "metreküp"],
        [QuantityUnit.Litre] = ["L", "lt", "litre"],
        [QuantityUnit.MegawattHour] = ["MWh"],
        [QuantityUnit.KilowattHour] = ["kWh"],
        [QuantityUnit.Gigajoule] = ["GJ"],
        [QuantityUnit.Piece] = ["adet", "pcs", "piece"],
        [QuantityUnit.Hour] = ["saat", "h", "hour"],
        [QuantityUnit.SquareMetre] = ["m²", "m2", "metrekare"],
    };

    private static readonly Dictionary<QuantityPeriod, string[]> s_periods = new()
    {
        [QuantityPeriod.OneOff] = ["tek seferlik", "tek sefer", "one-off"],
        [QuantityPeriod.PerDay] = ["gün", "günlük", "/ gün", "day"],
        [QuantityPeriod.PerWeek] = ["hafta", "haftalık", "/ hafta", "week"],
        [QuantityPeriod.PerMonth] = ["ay", "aylık", "/ ay", "month"],
        [QuantityPeriod.PerYear] = ["yıl", "yıllık", "/ yıl", "year"],
    };

    private static readonly Dictionary<SizeBand, string[]> s_sizes = new()
    {
        [SizeBand.Micro] = ["Mikro", "Micro"],
        [SizeBand.Small] = ["Küçük", "Small"],
        [SizeBand.Medium] = ["Orta", "Medium"],
        [SizeBand.Large] = ["Büyük", "Large"],
    };

    /// <summary>
    /// A header or choice in comparable form: Turkish lower case folded to ASCII, punctuation as
    /// spaces, superscript ² and ³ as digits (so <c>m³</c> and <c>m3</c> agree).
    /// </summary>
    public static string Key(string? text) =>
        TurkishText.SearchKey((text ?? string.Empty).Replace('²', '2').Replace('³', '3'));

    /// <summary>The file's word for a value (the first form listed for it).</summary>
    public static string Write<T>(T value)
        where T : struct, Enum => Forms<T>()[value][0];

    /// <summary>Every word of the file for each value of <typeparamref name="T"/>, for messages and the page's help.</summary>
    public static string Allowed<T>()
        where T : struct, Enum => string.Join(", ", Forms<T>().Values.Select(f => f[0]));

    /// <summary>Reads a choice from any of its forms or the enum's name; null when unknown.</summary>
    public static T? Read<T>(string text)
        where T : struct, Enum
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (value, forms) in Forms<T>())
        {
            if (forms.Any(f => Key(f) == key) || Key(value.ToString()) == key)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// A number from a cell: a workbook's number cell as it is; text as a Turkish clerk types it,
    /// a comma before the decimals and dots, if any, between groups of three digits (<c>1.234,5</c>,
    /// <c>1234,5</c>, <c>-3</c>). Null when the text is not such a number: <c>12.5</c> is refused
    /// rather than read as 125.
    /// </summary>
    public static decimal? Number(ImportCell cell)
    {
        if (cell.Number is { } number)
        {
            return number;
        }

        var text = cell.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        return TurkishNumber().IsMatch(text) && decimal.TryParse(text, NumberStyles.Number, TurkishText.Culture, out var value) ? value : null;
    }

    /// <summary>
    /// A NACE class from a cell: a workbook number cell (Excel turns <c>24.10</c> typed into a
    /// general cell into the number 24.1) back in <c>NN.NN</c> form; text as written.
    /// </summary>
    public static string NaceText(ImportCell cell) =>
        cell.Number is { } n && n >= 0 && n < 100 ? n.ToString("00.00", CultureInfo.InvariantCulture) : cell.Text;

    private static Dictionary<T, string[]> Forms<T>()
        where T : struct, Enum => (Dictionary<T, string[]>)(object)(typeof(T) switch
        {
            var t when t == typeof(StreamDirection) => s_directions,
            var t when t == typeof(ResourceKind) => s_kinds,
            var t when t == typeof(QuantityUnit) => s_units,
            var t when t == typeof(QuantityPeriod) => s_periods,
            var t when t == typeof(SizeBand) => s_sizes,
            _ => throw new ArgumentOutOfRangeException(nameof(T)),
        });

    [GeneratedRegex(@"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TurkishNumber();
}
