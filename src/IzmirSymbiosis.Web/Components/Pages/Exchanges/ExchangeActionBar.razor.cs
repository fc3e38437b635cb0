using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Domain.Exchanges;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Exchanges;

/// <summary>
/// Buttons for the actions the service offers this user now. Actions without input go straight
/// to the service with a fresh idempotency key per click (buttons are disabled while it runs);
/// the others open <see cref="ExchangeActionDialog"/>. The page reloads after every outcome.
/// </summary>
public partial class ExchangeActionBar
{
    private bool _posting;

    [Inject]
    private ExchangeService Exchanges { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public ExchangeDetail Detail { get; set; } = default!;

    /// <summary>Raised after an action (or a lost race): the page reloads.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private static Color ColorOf(ExchangeAction action) => action switch
    {
        ExchangeAction.Reject or ExchangeAction.Withdraw => Color.Error,
        ExchangeAction.SendBack => Color.Warning,
        ExchangeAction.Approve or ExchangeAction.Verify => Color.Success,
        _ => Color.Primary,
    };

    private static bool NeedsDialog(ExchangeAction action) =>
        action is not (ExchangeAction.ConfirmParticipation or ExchangeAction.Propose or ExchangeAction.SubmitForReview);

    private async Task TakeAsync(ExchangeAction action)
    {
        if (_posting)
        {
            return;
        }

        _posting = true;
        try
        {
            var outcome = NeedsDialog(action) ? await AskAsync(action) : await PostAsync(action);
            if (outcome is null)
            {
                return;
            }

            if (outcome.IsConflict)
            {
                Snackbar.Add(L["ExchangePage.Conflict"], Severity.Warning);
            }
            else
            {
                Snackbar.Add(L.Text($"ExchangePage.Done.{action}"), Severity.Success);
            }

            await OnChanged.InvokeAsync();
        }
        finally
        {
            _posting = false;
        }
    }

    private async Task<ExchangeOutcome?> AskAsync(ExchangeAction action)
    {
        var parameters = new DialogParameters<ExchangeActionDialog>
        {
            { x => x.ExchangeId, Detail.Id },
            { x => x.Version, Detail.Version },
            { x => x.Action, action },
            { x => x.Unit, Detail.AgreedUnit },
        };
        var dialog = await Dialogs.ShowAsync<ExchangeActionDialog>(L.Label(action), parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false, Data: ExchangeOutcome outcome } ? outcome : null;
    }

    private async Task<ExchangeOutcome?> PostAsync(ExchangeAction action)
    {
        try
        {
            var result = await Exchanges.TransitionAsync(Detail.Id, new TransitionRequest(action, Detail.Version, IdempotencyKey: Guid.NewGuid().ToString("N")));
            return ExchangeOutcome.Done(result);
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors)
            {
                Snackbar.Add(L.Message(error), Severity.Error);
            }

            return null;
        }
        catch (ExchangeActionRefusedException e) when (!e.IsAboutStage)
        {
            Snackbar.Add(L.Text(e.ReasonKey), Severity.Error);
            return null;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or NotFoundException or ExchangeActionRefusedException)
        {
            return ExchangeOutcome.Conflict;
        }
    }
}
