using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Companies;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Companies;

/// <summary>
/// The company's hazardous-waste permits: listed for those who read the company, added, edited
/// and removed (after a confirmation) by those who edit it.
/// </summary>
public partial class PermitSection
{
    private CompanyPermits? _permits;

    [Inject]
    private PermitService Permits { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The company.</summary>
    [Parameter, EditorRequired]
    public Guid CompanyId { get; set; }

    /// <summary>Raised after a permit changed (the company's matches may have changed too).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    protected override async Task OnParametersSetAsync() => _permits = await Permits.ListAsync(CompanyId);

    private Task AddAsync() => OpenFormAsync(L["Permits.New"], null);

    private Task EditAsync(PermitView permit) => OpenFormAsync(L["Permits.Edit"], permit);

    private async Task OpenFormAsync(string title, PermitView? permit)
    {
        var parameters = new DialogParameters<PermitFormDialog>
        {
            { x => x.CompanyId, CompanyId },
            { x => x.Version, _permits!.Version },
            { x => x.Permit, permit },
        };
        var dialog = await Dialogs.ShowAsync<PermitFormDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Permits.Saved"], Severity.Success);
            await ChangedAsync();
        }
    }

    private async Task RemoveAsync(PermitView permit)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Permits.RemoveTitle"],
            string.Format(CultureInfo.CurrentCulture, L["Permits.RemoveConfirm"], permit.Number),
            yesText: L["Permits.Remove"],
            cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Permits.RemoveAsync(CompanyId, permit.Id, _permits!.Version);
            Snackbar.Add(L["Permits.Removed"], Severity.Success);
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(L["Conflict.Saved"], Severity.Warning);
        }
        catch (NotFoundException)
        {
            Snackbar.Add(L["Permit.NotFound"], Severity.Warning);
        }

        await ChangedAsync();
    }

    private async Task ChangedAsync()
    {
        _permits = await Permits.ListAsync(CompanyId);
        await OnChanged.InvokeAsync();
    }
}
