using IzmirSymbiosis.Application.Readiness;
using IzmirSymbiosis.Domain.Readiness;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Exchanges;

/// <summary>The readiness panel of an exchange page.</summary>
public sealed partial class ExchangeReadinessPanel
{
    private ExchangeReadiness? _readiness;
    private bool _loaded;

    [Inject]
    private ReadinessService Readiness { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The exchange.</summary>
    [Parameter, EditorRequired]
    public Guid ExchangeId { get; set; }

    /// <summary>Bumped by the page after a workflow action (a closed exchange may no longer be assessed).</summary>
    [Parameter]
    public int Revision { get; set; }

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private string Perspective(ReadinessPerspective perspective) => L[$"Readiness.Perspective.{perspective}"];

    private async Task LoadAsync()
    {
        _readiness = await Readiness.ForExchangeAsync(ExchangeId);
        _loaded = true;
    }

    private async Task AssessAsync()
    {
        var parameters = new DialogParameters<ReadinessAssessDialog>
        {
            { x => x.ExchangeId, ExchangeId },
            { x => x.Current, _readiness?.Current },
        };
        var dialog = await Dialogs.ShowAsync<ReadinessAssessDialog>(L["Readiness.Dialog.Title"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Add(L["Readiness.Saved"], Severity.Success);
        }

        // Also after a conflict: the dialog told the assessor, the panel now shows the winner.
        await LoadAsync();
    }
}
