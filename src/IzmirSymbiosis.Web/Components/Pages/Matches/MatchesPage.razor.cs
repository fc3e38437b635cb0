using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Matches;

/// <summary>
/// The match browser: one server-side page of the matches the reader takes part in or oversees,
/// filtered and sorted on the server; a row (or "Neden?") opens the side panel with its breakdown,
/// impact estimate and actions; <c>?match={id}</c> (a hand-off notice's link) opens it on that match.
/// </summary>
public partial class MatchesPage
{
    // The columns that sort, with their headers' resource keys.
    private static readonly TableColumn[] s_columns =
        [new("score", "Matches.Score", FirstDescending: true), new("offer", "Matches.Offer"), new("need", "Matches.Receiver"), new("distance", "Matches.Distance")];

    private readonly PlainList<MatchView> _list;
    private IReadOnlyDictionary<Guid, MatchIntroductionState>? _introductions;
    private bool _filtersOpen;

    // The search the rows on screen were loaded for (tests wait for it before they click a row).
    private string? _loadedSearch;

    // The filter the rows on screen were loaded for (tests wait for it as for the search).
    private string? _loadedFilter;
    // The order the rows on screen were loaded in ("distance desc"), for the same reason.
    private string? _loadedSort;
    private MatchFilter _filter = new();
    private DashboardOptions? _options;
    // The matches chosen for a bulk proposal, by id: they stay chosen across pages and reloads.
    private HashSet<Guid> _selected = [];
    private bool _mayPropose;
    private bool _proposing;
    private bool _updating;

    // The match in the side panel (null: closed).
    private MatchView? _panel;

    /// <summary>Creates the page; its list reads matches with their introduction states.</summary>
    public MatchesPage() => _list = new PlainList<MatchView>(ReadAsync).SortedBy("score", descending: true).WithPageSize(FirstPageSize);

    // A match row is tall (two lines per side, its answers): ten fill a screen, and a circuit keeps
    // two render buffers sized for the whole table (25 rows needed 4,096 frames each, 160 KB; 10 fit
    // in 2,048). The pager offers 25, 50 and 100.
    private const int FirstPageSize = 10;

    /// <summary>A match to open the side panel on (a hand-off notice links here).</summary>
    [SupplyParameterFromQuery(Name = "match")]
    public Guid? MatchId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? Auth { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _updating = await Matches.IsUpdatingAsync();
        var user = Auth is null ? null : (await Auth).User;
        _mayPropose = user is not null && (user.IsInRole("OizStaff") || user.IsInRole("Expert"));
        if (MatchId is { } id)
        {
            // Null when the match is gone or not the reader's to see: the list opens without a panel.
            _panel = await Matches.GetAsync(id);
        }

        // The rows are read once, when the circuit starts; the prerender shows that they are coming.
        if (RendererInfo.IsInteractive)
        {
            await _list.LoadAsync();
        }
    }

    private protected override IReadOnlyDictionary<Guid, MatchIntroductionState>? IntroductionStates => _introductions;

    private protected override Task AnswerChangedAsync() => OnUpdatedAsync();

    private async Task OnUpdatedAsync()
    {
        _updating = await Matches.IsUpdatingAsync();
        await _list.LoadAsync();

        // The panel shows the match as it is now (an answer changes its buttons).
        if (_panel is { } shown)
        {
            _panel = await Matches.GetAsync(shown.Id);
        }
    }

    // Reads one page and its rows' introduction states (one read, not one per row; the panel's match too).
    private async Task<PagedResult<MatchView>> ReadAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var page = await Matches.ListAsync(request, _filter, cancellationToken);
        var ids = page.Items.Select(m => m.Id).ToList();
        if (_panel is { } shown && !ids.Contains(shown.Id))
        {
            ids.Add(shown.Id);
        }

        _introductions = await Introductions.ForMatchesAsync(ids, cancellationToken);
        _loadedSearch = request.Search ?? string.Empty;
        _loadedFilter = _filter.ToString();
        _loadedSort = $"{request.SortBy} {(request.Descending ? "desc" : "asc")}";

        // The rows keep what the table shows: their reasons (two languages each) are read again when a
        // match is opened, instead of every open circuit keeping them for all its rows.
        return page with { Items = [.. page.Items.Select(m => m with { Reasons = [] })] };
    }

    private bool AllOnPageSelected => _list.Rows.Count > 0 && _list.Rows.All(r => _selected.Contains(r.Id));

    private void ToggleSelected(Guid id)
    {
        if (!_selected.Remove(id))
        {
            _selected.Add(id);
        }
    }

    private void ToggleAllOnPage()
    {
        if (AllOnPageSelected)
        {
            _selected.ExceptWith(_list.Rows.Select(r => r.Id));
        }
        else
        {
            _selected.UnionWith(_list.Rows.Select(r => r.Id));
        }
    }

    private async Task Open(MatchView match)
    {
        // With its reasons, and as it is now (null when it is gone: the next list read drops its row).
        _panel = await Matches.GetAsync(match.Id);
        if (_panel is null)
        {
            return;
        }

        if (_introductions is null || !_introductions.ContainsKey(match.Id))
        {
            var more = await Introductions.ForMatchesAsync([match.Id]);
            _introductions = (_introductions ?? new Dictionary<Guid, MatchIntroductionState>()).Concat(more).ToDictionary(p => p.Key, p => p.Value);
        }
    }

    private void Close() => _panel = null;

    private void OnPanelOpenChanged(bool open)
    {
        if (!open)
        {
            _panel = null;
        }
    }

    // The filters' option lists (zones, divisions, chapters) are read when the filters are first opened.
    private async Task OnFiltersOpenAsync(bool open)
    {
        if (open)
        {
            _options ??= await Matches.FilterOptionsAsync();
        }

        _filtersOpen = open;
    }

    private Task OnFilterAsync(MatchFilter filter) => _list.ReloadAsync(() => _filter = filter);

    // Proposes an introduction for each selected match after the reader confirms: both firms are told.
    private async Task ProposeSelectedAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Matches.BulkProposeTitle"], L["Matches.BulkProposeConfirm", _selected.Count], yesText: L["Matches.BulkProposeYes"], cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _proposing = true;
        try
        {
            var result = await Introductions.ProposeManyAsync([.. _selected]);
            Snackbar.Add(L["Matches.BulkProposed", result.Proposed, result.AlreadyLive, result.Refused], result.Proposed > 0 ? Severity.Success : Severity.Info);
            _selected = [];
            await OnUpdatedAsync();
        }
        finally
        {
            _proposing = false;
        }
    }
}
