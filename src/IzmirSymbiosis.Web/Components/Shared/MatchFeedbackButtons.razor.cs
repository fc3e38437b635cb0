using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Matching;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// The feedback buttons of one match card. "İlgilenmiyorum" asks for the reason in a dialog; after
/// any change the parent reloads (<see cref="OnChanged"/>), so a declined match leaves the list at
/// once, and a snackbar offers to undo it (the previous answer comes back).
/// </summary>
public partial class MatchFeedbackButtons
{
    private bool _busy;

    [Inject]
    private MatchFeedbackService Feedback { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The match as the reader sees it.</summary>
    [Parameter, EditorRequired]
    public MatchView Match { get; set; } = default!;

    /// <summary>Raised after the answer changed; the parent reloads its list.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private bool IsInterested => Match.MyFeedback is { Interested: true };

    private bool IsNotInterested => Match.MyFeedback is { Interested: false };

    private string? NotInterestedTitle => Match.MyFeedback is { Interested: false, Reason: { } reason }
        ? string.Format(System.Globalization.CultureInfo.CurrentCulture, L["Feedback.YouAreNotInterested"], L[$"Feedback.Reason.{reason}"])
        : null;

    private Task InterestedAsync() => ChangeAsync(() => Feedback.SetAsync(Match.Id, new FeedbackInput(true)), L["Feedback.Saved"]);

    private async Task NotInterestedAsync()
    {
        var parameters = new DialogParameters<MatchFeedbackDialog> { { d => d.MatchId, Match.Id }, { d => d.Current, Match.MyFeedback } };
        var dialog = await Dialogs.ShowAsync<MatchFeedbackDialog>(L["Feedback.DialogTitle"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            // Undo brings back the answer the user had before (or none).
            await AfterChangeAsync(L["Feedback.Hidden"], Match.MyFeedback);
        }
    }

    private Task WithdrawAsync() => ChangeAsync(() => Feedback.WithdrawAsync(Match.Id), L["Feedback.Withdrawn"]);

    private async Task ChangeAsync(Func<Task> change, string message)
    {
        _busy = true;
        try
        {
            await change();
            await AfterChangeAsync(message, null, offerUndo: false);
        }
        catch (NotFoundException)
        {
            // The match went away (recomputed, or the stream closed) while the page was open.
            await OnChanged.InvokeAsync();
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(L["Conflict.Saved"], Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AfterChangeAsync(string message, FeedbackView? previous, bool offerUndo = true)
    {
        var matchId = Match.Id;
        var onChanged = OnChanged;
        Snackbar.Add(message, Severity.Success, o =>
        {
            if (!offerUndo)
            {
                return;
            }

            o.Action = L["Feedback.Undo"];
            o.ActionColor = Color.Inherit;
            o.OnClick = async _ =>
            {
                await (previous is null
                    ? Feedback.WithdrawAsync(matchId)
                    : Feedback.SetAsync(matchId, new FeedbackInput(previous.Interested, previous.Reason, previous.Text)));
                await onChanged.InvokeAsync();
            };
        });
        await onChanged.InvokeAsync();
    }
}
