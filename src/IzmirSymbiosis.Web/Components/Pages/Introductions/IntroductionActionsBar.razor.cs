using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Introductions;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Introductions;

/// <summary>
/// Accept, decline (with an optional reason) and withdraw, each shown only when the user may do
/// it now and each after a confirmation; a refusal (someone answered first, it expired) is told
/// and the owner reloads.
/// </summary>
public partial class IntroductionActionsBar
{
    private bool _busy;

    [Inject]
    private IntroductionService Introductions { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The introduction.</summary>
    [Parameter, EditorRequired]
    public Guid IntroductionId { get; set; }

    /// <summary>What the user may do now.</summary>
    [Parameter, EditorRequired]
    public IntroductionActions Actions { get; set; } = new(false, false, false);

    /// <summary>Button size (small in lists).</summary>
    [Parameter]
    public Size Size { get; set; } = Size.Medium;

    /// <summary>Raised after an action (or a refusal that means the state changed).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private Task AcceptAsync() => ConfirmAndRunAsync("Introductions.Accept", "Introductions.AcceptConfirm", "Introductions.AcceptedMessage", () => Introductions.AcceptAsync(IntroductionId));

    private Task WithdrawAsync() => ConfirmAndRunAsync("Introductions.Withdraw", "Introductions.WithdrawConfirm", "Introductions.WithdrawnMessage", () => Introductions.WithdrawAsync(IntroductionId));

    private async Task DeclineAsync()
    {
        var dialog = await Dialogs.ShowAsync<DeclineDialog>(L["Introductions.Decline"], new DialogParameters<DeclineDialog> { { x => x.IntroductionId, IntroductionId } });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Introductions.DeclinedMessage"], Severity.Info);
            await OnChanged.InvokeAsync();
        }
    }

    private async Task ConfirmAndRunAsync(string title, string question, string done, Func<Task> action)
    {
        if (await Dialogs.ShowMessageBoxAsync(L[title], L[question], yesText: L[title], cancelText: L["Common.Cancel"]) != true)
        {
            return;
        }

        _busy = true;
        try
        {
            await action();
            Snackbar.Add(L[done], Severity.Success);
        }
        catch (ValidationFailedException e)
        {
            Snackbar.Add(L.Translate(e.Errors[0]), Severity.Warning);
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(L["Introductions.Conflict"], Severity.Warning);
        }
        finally
        {
            _busy = false;
        }

        await OnChanged.InvokeAsync();
    }
}
