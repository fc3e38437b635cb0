using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Web.Components.Pages.Streams;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Companies;

/// <summary>A company with its streams and matches; streams are added, edited and closed here.</summary>
public partial class CompanyDetailPage
{
    private CompanyDetail? _company;
    private IReadOnlyList<StreamMatchGroup> _matches = [];
    private bool _matchesUpdating;
    private bool _showHiddenMatches;
    private bool _loaded;
    private int _loads;
    private List<BreadcrumbItem> _crumbs = [];

    [Inject]
    private CompanyService Companies { get; set; } = default!;

    [Inject]
    private MatchQueryService MatchQueries { get; set; } = default!;

    [Inject]
    private StreamService Streams { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Company id from the route.</summary>
    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        if (_loaded && _company is null)
        {
            // Unknown and not-allowed look the same: 404, so an id reveals nothing.
            Navigation.NotFound();
        }
    }

    private async Task LoadAsync()
    {
        // Loads overlap (a save's reload, and one for matches stored meanwhile): only the last one
        // started shows, so an older read that finishes later never puts back what a save changed.
        var load = ++_loads;
        var company = await Companies.GetAsync(Id);

        // Pending first, matches second: a request is deleted with the matches it writes, so
        // matches read after "nothing pending" include every change; the other order could show
        // stale matches with no notice if the worker finished in between.
        // The matches are read once, when the circuit starts: the prerender shows a progress bar in their place.
        var withMatches = company is not null && RendererInfo.IsInteractive;
        var updating = withMatches && await MatchQueries.IsUpdatingAsync(Id);
        IReadOnlyList<StreamMatchGroup> matches = withMatches ? await MatchQueries.ForCompanyGroupedAsync(Id, _showHiddenMatches) : [];
        if (load != _loads)
        {
            return;
        }

        (_company, _matchesUpdating, _matches) = (company, updating, matches);
        _loaded = true;
        _crumbs =
        [
            new(L["Companies.Title"], href: "companies"),
            new(_company?.LegalName ?? "—", href: null, disabled: true),
        ];
    }

    private async Task ShowHiddenMatchesAsync(bool show)
    {
        _showHiddenMatches = show;
        _matches = await MatchQueries.ForCompanyGroupedAsync(Id, _showHiddenMatches);
    }

    private async Task EditCompanyAsync()
    {
        var parameters = new DialogParameters<CompanyFormDialog>
        {
            { x => x.Company, _company! },
            { x => x.ZoneId, _company!.ZoneId },
        };
        var dialog = await Dialogs.ShowAsync<CompanyFormDialog>(L["Company.Edit"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Stream.Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task AddStreamAsync() => await OpenFormAsync(L["Stream.New"], null);

    private async Task EditStreamAsync(StreamSummary summary)
    {
        var edit = await Streams.GetForEditAsync(summary.Id);
        if (edit is null)
        {
            await LoadAsync();
            return;
        }

        // The editor starts from the version the user saw, so a change made since then is detected on save.
        await OpenFormAsync(L["Stream.Edit"], edit with { Version = summary.Version });
    }

    private async Task OpenFormAsync(string title, StreamEdit? edit)
    {
        var parameters = new DialogParameters<StreamFormDialog>
        {
            { x => x.CompanyId, Id },
            { x => x.SectorNace, _company?.NaceCode },
            { x => x.Edit, edit },
        };
        var dialog = await Dialogs.ShowAsync<StreamFormDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Add(L["Stream.Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task CloseStreamAsync(StreamSummary summary)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Stream.CloseTitle"],
            string.Format(System.Globalization.CultureInfo.CurrentCulture, L["Stream.CloseConfirm"], summary.Description),
            yesText: L["Stream.Close"],
            cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Streams.SetStatusAsync(summary.Id, summary.Version, StreamStatus.Closed);
            Snackbar.Add(L["Stream.Closed"], Severity.Success);
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(L["Conflict.Saved"], Severity.Warning);
        }

        await LoadAsync();
    }
}
