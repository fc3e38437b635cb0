using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Matching;
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
    private IReadOnlyDictionary<Guid, MatchIntroductionState>? _introductions;
    private MudTable<MatchView>? _table;
    private string? _search;

    // The search the rows on screen were loaded for (tests wait for it before they click a row).
    private string? _loadedSearch;

    // The filter the rows on screen were loaded for (tests wait for it as for the search).
    private string? _loadedFilter;
    // The order the rows on screen were loaded in ("distance desc"), for the same reason.
    private string? _loadedSort;
    private MatchFilter _filter = new();
    private DashboardOptions? _options;
    private HashSet<MatchView> _selected = [];
    private bool _mayPropose;
    private bool _proposing;
    private bool _updating;

    // The match in the side panel (null: closed).
    private MatchView? _panel;

    /// <summary>A match to open the side panel on (a hand-off notice links here).</summary>
    [SupplyParameterFromQuery(Name = "match")]
    public Guid? MatchId { get; set; }

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? Auth { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _updating = await Matches.IsUpdatingAsync();
        _options = await Matches.FilterOptionsAsync();
        var user = Auth is null ? null : (await Auth).User;
        _mayPropose = user is not null && (user.IsInRole("OizStaff") || user.IsInRole("Expert"));
        if (MatchId is { } id)
        {
            // Null when the match is gone or not the reader's to see: the list opens without a panel.
            _panel = await Matches.GetAsync(id);
        }
    }

    private async Task OnUpdatedAsync()
    {
        _updating = await Matches.IsUpdatingAsync();
        if (_table is not null)
        {
            await _table.ReloadServerData();
        }

        // The panel shows the match as it is now (an answer changes its buttons).
        if (_panel is { } shown)
        {
            _panel = await Matches.GetAsync(shown.Id);
        }
    }

    private async Task<TableData<MatchView>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Matches.ListAsync(
            new PageRequest(state.Page, state.PageSize, state.SortLabel, state.SortDirection == SortDirection.Descending, _search),
            _filter,
            cancellationToken);

        // The cards' introduction states in one read, not one per card (and the panel's match too).
        var ids = page.Items.Select(m => m.Id).ToList();
        if (_panel is { } shown && !ids.Contains(shown.Id))
        {
            ids.Add(shown.Id);
        }

        _introductions = await Introductions.ForMatchesAsync(ids, cancellationToken);
        _loadedSearch = _search ?? string.Empty;
        _loadedFilter = _filter.ToString();
        var sort = $"{state.SortLabel ?? "score"} {(state.SortDirection == SortDirection.Ascending ? "asc" : "desc")}";
        if (sort != _loadedSort)
        {
            // A click on a column header reloads the table only: render the page's attribute too.
            _loadedSort = sort;
            _ = InvokeAsync(StateHasChanged);
        }
        return new TableData<MatchView> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task Open(MatchView match)
    {
        _panel = match;
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

    private Task OnSearchAsync(string? text) => ReloadAsync(() => _search = text);

    private Task OnFilterAsync(MatchFilter filter) => ReloadAsync(() => _filter = filter);

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
            var result = await Introductions.ProposeManyAsync([.. _selected.Select(m => m.Id)]);
            Snackbar.Add(L["Matches.BulkProposed", result.Proposed, result.AlreadyLive, result.Refused], result.Proposed > 0 ? Severity.Success : Severity.Info);
            _selected = [];
            await OnUpdatedAsync();
        }
        finally
        {
            _proposing = false;
        }
    }

    private async Task ReloadAsync(Action change)
    {
        change();
        if (_table is not null)
        {
            await _table.ReloadServerData();
        }
    }
}
