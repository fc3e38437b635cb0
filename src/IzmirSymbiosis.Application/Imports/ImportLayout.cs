namespace IzmirSymbiosis.Application.Imports;

/// <summary>Which list a sheet holds.</summary>
public enum ImportSheetKind
{
    /// <summary>Firms, one per row, the tax number (VKN) as the key.</summary>
    Firms,

    /// <summary>Offers and needs of firms, one per row, named by the firm's tax number.</summary>
    Streams,
}

/// <summary>
/// The file format OIZ offices fill in, export and import: Turkish headers whatever the UI
/// language, since it is a file people keep and pass on. A workbook has two sheets,
/// <see cref="FirmsSheet"/> and <see cref="StreamsSheet"/>; in CSV each list is a file of its own
/// (a sheet saved as CSV), told apart by its header row. Headers are matched with Turkish case
/// rules, in any order; every column of the list must be there.
/// </summary>
public static class ImportLayout
{
    /// <summary>Name of the firms sheet.</summary>
    public const string FirmsSheet = "Firmalar";

    /// <summary>Name of the streams sheet.</summary>
    public const string StreamsSheet = "Akışlar";

    /// <summary>Firm: tax number (the key).</summary>
    public const string TaxNumber = "Vergi No";

    /// <summary>Firm: legal name.</summary>
    public const string Name = "Firma Adı";

    /// <summary>Firm: NACE Rev.2 class.</summary>
    public const string Nace = "NACE Kodu";

    /// <summary>Firm: district (ilçe).</summary>
    public const string District = "İlçe";

    /// <summary>Firm: organised industrial zone, its short or full name (empty: none).</summary>
    public const string Zone = "OSB";

    /// <summary>Firm: address.</summary>
    public const string Address = "Adres";

    /// <summary>Firm: size band (Mikro, Küçük, Orta, Büyük).</summary>
    public const string Size = "Ölçek";

    /// <summary>Stream: the firm's tax number.</summary>
    public const string FirmTaxNumber = "Firma Vergi No";

    /// <summary>Stream: offer or need.</summary>
    public const string Direction = "Yön";

    /// <summary>Stream: resource kind.</summary>
    public const string Kind = "Tür";

    /// <summary>Stream: material description.</summary>
    public const string Description = "Açıklama";

    /// <summary>Stream: EWC (List of Waste) code.</summary>
    public const string Ewc = "Atık Kodu";

    /// <summary>Stream: amount.</summary>
    public const string Amount = "Miktar";

    /// <summary>Stream: unit.</summary>
    public const string Unit = "Birim";

    /// <summary>Stream: period of the amount.</summary>
    public const string Period = "Sıklık";

    /// <summary>The firms sheet's columns, in the template's order.</summary>
    public static readonly IReadOnlyList<string> FirmColumns = [TaxNumber, Name, Nace, District, Zone, Address, Size];

    /// <summary>The streams sheet's columns, in the template's order.</summary>
    public static readonly IReadOnlyList<string> StreamColumns = [FirmTaxNumber, Direction, Kind, Description, Ewc, Amount, Unit, Period];

    /// <summary>The sheet name of a list.</summary>
    public static string SheetName(ImportSheetKind kind) => kind == ImportSheetKind.Firms ? FirmsSheet : StreamsSheet;

    /// <summary>The columns of a list.</summary>
    public static IReadOnlyList<string> Columns(ImportSheetKind kind) => kind == ImportSheetKind.Firms ? FirmColumns : StreamColumns;

    /// <summary>
    /// What a sheet holds: by its name (<c>Firmalar</c>, <c>Akışlar</c>), else by its header row (a
    /// <see cref="FirmTaxNumber"/> column means streams, a <see cref="TaxNumber"/> column firms); null
    /// when neither.
    /// </summary>
    public static ImportSheetKind? KindOf(ImportSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var name = ImportValues.Key(sheet.Name);
        if (name == ImportValues.Key(FirmsSheet))
        {
            return ImportSheetKind.Firms;
        }

        if (name == ImportValues.Key(StreamsSheet))
        {
            return ImportSheetKind.Streams;
        }

        var headers = sheet.Headers.Select(ImportValues.Key).ToHashSet(StringComparer.Ordinal);
        return headers.Contains(ImportValues.Key(FirmTaxNumber)) ? ImportSheetKind.Streams
            : headers.Contains(ImportValues.Key(TaxNumber)) ? ImportSheetKind.Firms
            : null;
    }

    /// <summary>The index of each column of <paramref name="kind"/> in <paramref name="headers"/>, and the columns missing.</summary>
    public static (Dictionary<string, int> Index, List<string> Missing) Map(ImportSheetKind kind, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var keys = headers.Select(ImportValues.Key).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var column in Columns(kind))
        {
            var at = keys.IndexOf(ImportValues.Key(column));
            if (at < 0)
            {
                missing.Add(column);
            }
            else
            {
                index[column] = at;
            }
        }

        return (index, missing);
    }
}
