using System.Globalization;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Application.WasteCodes;
using IzmirSymbiosis.Application.Zones;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Domain.Zones;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Offers;

/// <summary>
/// A market of active streams (offers or needs) with server-side filters, sorting and paging; the
/// anonymisation is the service's (<see cref="OfferBrowseService"/>), the same for both markets.
/// </summary>
public partial class MarketTable
{
    private MudTable<OfferListItem>? _table;
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

    protected override async Task OnInitializedAsync()
    {
        _chapterOptions = [.. (await WasteCodes.ChaptersAsync()).Select(ch => new DashboardOption(ch.Code, $"{ch.Code} — {(Turkish && ch.TitleTr is { } tr ? tr : ch.TitleEn)}"))];
        _districtOptions = [.. (await Market.DistrictsAsync(Direction)).Select(d => new DashboardOption(d, d))];
        _zoneOptions = [.. (await Zones.ListAsync()).Select(z => new DashboardOption(z.Id.ToString(CultureInfo.InvariantCulture), string.IsNullOrEmpty(z.ShortName) ? z.NameTr : z.ShortName))];
    }

    private async Task<TableData<OfferListItem>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var request = new PageRequest(state.Page, state.PageSize, state.SortLabel, state.SortDirection == SortDirection.Descending, _search);
        var filter = new MarketFilter(_chapter, _district, _zone, _band, _hazardous, _kind);
        var page = await Market.ListAsync(Direction, request, filter, cancellationToken);
        return new TableData<OfferListItem> { Items = page.Items, TotalItems = page.TotalCount };
    }


    private Task OnSearchAsync(string? text) => ReloadAsync(() => _search = text);

    private Task OnChapterAsync(string? chapter) => ReloadAsync(() => _chapter = chapter);

    private Task OnDistrictAsync(string? district) => ReloadAsync(() => _district = district);

    private Task OnZoneAsync(int? zone) => ReloadAsync(() => _zone = zone);

    private Task OnBandAsync(int? band) => ReloadAsync(() => _band = band);

    private Task OnHazardousAsync(bool? hazardous) => ReloadAsync(() => _hazardous = hazardous);

    private Task OnKindAsync(ResourceKind? kind) => ReloadAsync(() => _kind = kind);

    private async Task ReloadAsync(Action set)
    {
        set();
        if (_table is not null)
        {
            // A new filter starts at the first page.
            _table.NavigateTo(0);
            await _table.ReloadServerData();
        }
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
