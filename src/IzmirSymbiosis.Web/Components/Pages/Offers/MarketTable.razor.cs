using System.Globalization;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Application.WasteCodes;
using IzmirSymbiosis.Application.Zones;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Domain.Zones;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Offers;

/// <summary>
/// A market of active streams (offers or needs) with server-side filters, sorting and paging; the
/// anonymisation is the service's (<see cref="OfferBrowseService"/>), the same for both markets.
/// </summary>
public partial class MarketTable
{
    // The columns; the firm's does not sort (an anonymous firm has no name to sort by).
    private static readonly TableColumn[] s_columns =
        [new("material", "Stream.Description"), new("ewc", "Stream.Ewc"), new("quantity", "Offers.RoughQuantity"), new("district", "Company.District"), new("firm", "Offers.Firm", Sorts: false)];

    private readonly PlainList<OfferListItem> _list;
    private bool _filtersOpen;
    // The long filter lists as (key, label) for OptionSelect, which draws them only while open.
    private IReadOnlyList<DashboardOption> _chapterOptions = [];
    private IReadOnlyList<DashboardOption> _districtOptions = [];
    private IReadOnlyList<DashboardOption> _zoneOptions = [];
    private string? _chapter;
    private string? _district;
    private int? _zone;
    private int? _band;
    private bool? _hazardous;
    private ResourceKind? _kind;

    /// <summary>Creates the table; its list reads the market with the filters chosen.</summary>
    public MarketTable() => _list = new PlainList<OfferListItem>((request, cancellationToken) => Market.ListAsync(Direction, request, Filter, cancellationToken));

    [Inject]
    private OfferBrowseService Market { get; set; } = default!;

    [Inject]
    private WasteCodeService WasteCodes { get; set; } = default!;

    [Inject]
    private ZoneService Zones { get; set; } = default!;

    /// <summary>Offers or needs.</summary>
    [Parameter, EditorRequired]
    public StreamDirection Direction { get; set; }

    /// <summary>The table's data-testid.</summary>
    [Parameter, EditorRequired]
    public string TestId { get; set; } = string.Empty;

    /// <summary>Shown when no row matches.</summary>
    [Parameter, EditorRequired]
    public string NoneText { get; set; } = string.Empty;

    private static bool Turkish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "tr";

    private string Prefix => Direction == StreamDirection.Offer ? "offer" : "need";

    private MarketFilter Filter => new(_chapter, _district, _zone, _band, _hazardous, _kind);

    // The rows are read once, when the circuit starts; the prerender shows that they are coming.
    protected override Task OnInitializedAsync() => RendererInfo.IsInteractive ? _list.LoadAsync() : Task.CompletedTask;

    // The filters' option lists are read when the filters are first opened.
    private async Task OnFiltersOpenAsync(bool open)
    {
        if (open && _chapterOptions.Count == 0)
        {
            _chapterOptions = [.. (await WasteCodes.ChaptersAsync()).Select(ch => new DashboardOption(ch.Code, $"{ch.Code} — {(Turkish && ch.TitleTr is { } tr ? tr : ch.TitleEn)}"))];
            _districtOptions = [.. (await Market.DistrictsAsync(Direction)).Select(d => new DashboardOption(d, d))];
            _zoneOptions = [.. (await Zones.ListAsync()).Select(z => new DashboardOption(z.Id.ToString(CultureInfo.InvariantCulture), string.IsNullOrEmpty(z.ShortName) ? z.NameTr : z.ShortName))];
        }

        _filtersOpen = open;
    }

    private Task OnChapterAsync(string? chapter) => _list.ReloadAsync(() => _chapter = chapter);

    private Task OnDistrictAsync(string? district) => _list.ReloadAsync(() => _district = district);

    private Task OnZoneAsync(int? zone) => _list.ReloadAsync(() => _zone = zone);

    private Task OnBandAsync(int? band) => _list.ReloadAsync(() => _band = band);

    private Task OnHazardousAsync(bool? hazardous) => _list.ReloadAsync(() => _hazardous = hazardous);

    private Task OnKindAsync(ResourceKind? kind) => _list.ReloadAsync(() => _kind = kind);

    private static string BandLabel(int band)
    {
        var culture = CultureInfo.CurrentCulture;
        var from = MarketFilter.BandFrom(band);
        return band == MarketFilter.MaxBand
            ? $"≥ {from.ToString("N0", culture)}"
            : band == 0 ? $"< {MarketFilter.BandFrom(1).ToString("N0", culture)}" : $"{from.ToString("N0", culture)}–{MarketFilter.BandFrom(band + 1).ToString("N0", culture)}";
    }

    private string Band(OfferListItem o)
    {
        var culture = CultureInfo.CurrentCulture;
        var unit = L[$"Dimension.{o.Band.Dimension}"];
        var range = o.Band.To is { } to
            ? $"{o.Band.From.ToString("N0", culture)}–{to.ToString("N0", culture)}"
            : $"≥ {o.Band.From.ToString("N0", culture)}";
        return o.OneOff ? $"{range} {unit} {L["Period.OneOff"]}" : $"{range} {unit} {L["Period.PerYear"]}";
    }
}
