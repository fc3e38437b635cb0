using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Map;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Map;

/// <summary>
/// The map of firms, zones, matches and exchanges (<see cref="MapService"/>), drawn by
/// <c>wwwroot/js/map.js</c>: created after the first render, updated on every filter change,
/// removed when the reader leaves.
/// </summary>
public partial class MapPage
{
    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;
    private MapQuery _query = new(new MatchFilter());
    private bool _filtersOpen;
    private DashboardOptions? _options;
    // Only the counts stay with the page: the firms and lines go to the script and are not kept in the circuit.
    private MapCounts? _counts;
    private string _tileUrl = string.Empty;
    private int _version;
    private static readonly ConcurrentDictionary<string, MarkupString> s_legends = new();

    [Inject]
    private MapService Maps { get; set; } = default!;

    [Inject]
    private MatchQueryService Matches { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IOptions<MapOptions> MapOptions { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The colour of a kind on the map and in the legend (the same table as js/map.js).</summary>
    internal static string KindColour(ResourceKind kind) => kind switch
    {
        ResourceKind.Material => "#8d6e63",
        ResourceKind.Energy => "#f9a825",
        ResourceKind.Water => "#1e88e5",
        _ => "#8e24aa",
    };

    protected override void OnInitialized() => _tileUrl = MapOptions.Value.TileUrl?.Trim() ?? string.Empty;

    // The filters' option lists (zones, divisions, chapters) are read when the filters are first opened.
    private async Task OnFiltersOpenAsync(bool open)
    {
        if (open)
        {
            _options ??= await Matches.FilterOptionsAsync();
        }

        _filtersOpen = open;
    }

    // The legend: the same for every reader of a language, so one piece of markup per language shared by all circuits.
    private MarkupString Legend => s_legends.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => BuildLegend());

    private MarkupString BuildLegend()
    {
        static string Item(string swatch, string text) =>
            $"<span class=\"mud-typography mud-typography-caption\">{swatch}{WebUtility.HtmlEncode(text)}</span>";
        var items = Enum.GetValues<ResourceKind>()
            .Select(kind => Item($"<span class=\"izs-map-legend-dot\" style=\"background:{KindColour(kind)}\"></span>", L[$"ResourceKind.{kind}"].Value))
            .Append(Item("<span class=\"izs-map-legend-dot\" style=\"background:#9e9e9e\"></span>", L["Map.Legend.NoStreams"].Value))
            .Append(Item("<span class=\"izs-map-legend-dot\" style=\"background:#9e9e9e; border: 2px dashed #fff; box-shadow: 0 0 0 1px #555\"></span>", L["Map.Legend.Area"].Value))
            .Append(Item("<span class=\"izs-zone\" style=\"display:inline-block; transform:none; margin-right:4px\">OSB</span>", L["Map.Legend.Zone"].Value))
            .Append(Item("<span style=\"display:inline-block; width:24px; border-top:3px solid #1565c0; margin-right:4px; vertical-align:middle\"></span>", L["Map.Legend.Match"].Value))
            .Append(Item("<span style=\"display:inline-block; width:24px; border-top:4px solid #2e7d32; margin-right:4px; vertical-align:middle\"></span>", L["Map.Legend.Exchange"].Value));
        return new($"<div class=\"d-flex flex-row flex-wrap gap-3 mt-2\" data-testid=\"map-legend\">{string.Concat(items)}</div>");
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/map.js");
        _map = await _module.InvokeAsync<IJSObjectReference>("create", _element, ScriptJson.Of(new
        {
            tileUrl = _tileUrl,
            tileAttribution = MapOptions.Value.TileAttribution,
            landUrl = "data/izmir-land.geojson",
            landAttribution = L["Map.LandAttribution"].Value,
        }));
        await LoadAsync();
    }

    private async Task ChangeAsync(MapQuery query)
    {
        _query = query;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        MapData data;
        try
        {
            data = await Maps.GetAsync(_query);
        }
        catch (ValidationFailedException e)
        {
            Snackbar.Add(string.Join(" ", e.Errors.Select(x => L[x.Code, [.. x.Args]].Value)), Severity.Warning);
            return;
        }

        _counts = MapCounts.Of(data);
        StateHasChanged();
        if (_map is not null)
        {
            await _map.InvokeVoidAsync("update", ScriptJson.Of(Payload(data, ++_version)));
        }
    }

    // What the script draws: names only of firms the service returned in full, kinds as words.
    private object Payload(MapData data, int version) => new
    {
        version,
        firms = data.Firms.Select(f => new
        {
            f.Id,
            f.Name,
            f.District,
            f.Latitude,
            f.Longitude,
            f.Offers,
            f.Needs,
            Kinds = f.Kinds.Select(k => k.ToString()),
            KindNames = f.Kinds.Select(KindName),
        }),
        areas = data.Areas.Select(a => new
        {
            a.Latitude,
            a.Longitude,
            a.Firms,
            a.Districts,
            Kinds = a.Kinds.Select(k => k.ToString()),
            KindNames = a.Kinds.Select(KindName),
        }),
        zones = data.Zones,
        matches = data.Matches.Select(Line),
        exchanges = data.Exchanges.Select(Line),
        labels = new
        {
            offers = L["Map.Offers"].Value,
            needs = L["Map.Needs"].Value,
            open = L["Map.Open"].Value,
            anonymousFirms = L["Map.AnonymousFirms"].Value,
            areaNote = L["Map.AreaNote"].Value,
            area = L["Map.Legend.Area"].Value,
        },
    };

    private object Line(MapLine l) => new
    {
        l.FromLatitude,
        l.FromLongitude,
        l.ToLatitude,
        l.ToLongitude,
        l.Label,
        l.Score,
        l.Anonymised,
        Stage = l.Stage is { } s ? L[$"ExchangeStage.{s}"].Value : null,
    };

    private string KindName(ResourceKind kind) => L[$"ResourceKind.{kind}"].Value;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_map is not null)
            {
                await _map.InvokeVoidAsync("dispose");
                await _map.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with the page; nothing left to remove.
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>What the page says above the map about the data it drew.</summary>
internal sealed record MapCounts(int Firms, int AreaFirms, int Matches, int MatchTotal, int Exchanges, int ExchangeTotal, int FirmsWithoutLocation)
{
    public static MapCounts Of(MapData d) =>
        new(d.Firms.Count, d.Areas.Sum(a => a.Firms), d.Matches.Count, d.MatchTotal, d.Exchanges.Count, d.ExchangeTotal, d.FirmsWithoutLocation);
}
