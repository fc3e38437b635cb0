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

    private IReadOnlyList<OfferListItem> _rows = [];
    private int _total;
    private int _page;
    private int _pageSize = 25;
    private string _sort = string.Empty;
    private bool _descending;
    private bool _loaded;
    private bool _filtersOpen;
    private readonly LatestRead _reads = new();
    // The long filter lists as (key, label) for OptionSelect, which draws them only while open.
    private IReadOnlyList<DashboardOption> _chapterOptions = [];
    private IReadOnlyList<DashboardOption> _districtOptions = [];
    private IReadOnlyList<DashboardOption> _zoneOptions = [];
    private string? _search;
    private string? _chapter;
    private string? _district;
    private int? _zone;
    private int? _band;
    private bool? _hazardous;
    private ResourceKind? _kind;

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
    protected override Task OnInitializedAsync() => RendererInfo.IsInteractive ? LoadAsync() : Task.CompletedTask;

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

    // Reads the page shown; a read still running for an older search, filter or page is cancelled.
    private Task LoadAsync() => _reads.RunAsync(async cancellationToken =>
    {
        var request = new PageRequest(_page, _pageSize, _sort.Length == 0 ? null : _sort, _descending, _search);
        var page = await Market.ListAsync(Direction, request, Filter, cancellationToken);
        (_rows, _total, _loaded) = (page.Items, page.TotalCount, true);
    });

    private Task OnSortAsync((string Sort, bool Descending) sort) => ReloadAsync(() => (_sort, _descending) = sort);

    private Task OnPageAsync((int Page, int PageSize) page) => ReloadAsync(() => (_page, _pageSize) = page, keepPage: true);

    private Task OnSearchAsync(string? text) => ReloadAsync(() => _search = text);

    private Task OnChapterAsync(string? chapter) => ReloadAsync(() => _chapter = chapter);

    private Task OnDistrictAsync(string? district) => ReloadAsync(() => _district = district);

    private Task OnZoneAsync(int? zone) => ReloadAsync(() => _zone = zone);

    private Task OnBandAsync(int? band) => ReloadAsync(() => _band = band);

    private Task OnHazardousAsync(bool? hazardous) => ReloadAsync(() => _hazardous = hazardous);

    private Task OnKindAsync(ResourceKind? kind) => ReloadAsync(() => _kind = kind);

    // A new search, filter or order starts at the first page.
    private async Task ReloadAsync(Action set, bool keepPage = false)
    {
        set();
        if (!keepPage)
        {
            _page = 0;
        }

        await LoadAsync();
    }

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
