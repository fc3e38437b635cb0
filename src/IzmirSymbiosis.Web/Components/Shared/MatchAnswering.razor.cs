using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Matching;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// The answers a reader gives on a match card, drawn and handled by the component that shows the
/// card: the feedback buttons (<see cref="FeedbackButtons"/>; "İlgilenmiyorum" asks for the reason in
/// a dialog, a snackbar offers to undo it) and the introduction request (<see cref="IntroductionControl"/>;
/// "Tanıştırma iste" for the firms, "Tanıştırma öner" for staff and experts, after a confirmation, or
/// the state of the pair's introduction once there is one). A list inherits this and draws them on
/// every row without a component per row (a component costs a circuit about 5 KB); a single card uses
/// <see cref="MatchFeedbackButtons"/> and <see cref="IntroductionButton"/>, which draw the same.
/// </summary>
public abstract partial class MatchAnswering : ComponentBase
{
    // The matches whose answer or request is being saved (their buttons wait).
    private readonly HashSet<Guid> _busy = [];

    // What a request taught about a pair since the states were last read (a new read replaces it).
    private readonly Dictionary<Guid, MatchIntroductionState?> _learnt = [];
    private IReadOnlyDictionary<Guid, MatchIntroductionState>? _seen;

    [Inject]
    private MatchFeedbackService Feedback { get; set; } = default!;

    [Inject]
    private IntroductionService IntroductionRequests { get; set; } = default!;

    /// <summary>Dialogs, for the reason of a "not interested" and the confirmations.</summary>
    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    /// <summary>Snackbars, for what was saved and the undo.</summary>
    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    /// <summary>
    /// The introduction states of the cards shown, read in one call
    /// (<see cref="IntroductionService.ForMatchesAsync"/>); null while they are being read. A match
    /// missing from it is one the user may not introduce.
    /// </summary>
    private protected abstract IReadOnlyDictionary<Guid, MatchIntroductionState>? IntroductionStates { get; }

    /// <summary>After an answer changed: the card's list reads its matches again (a declined match leaves it at once).</summary>
    private protected abstract Task AnswerChangedAsync();

    private protected MatchIntroductionState? IntroductionState(Guid matchId)
    {
        if (!ReferenceEquals(IntroductionStates, _seen))
        {
            _seen = IntroductionStates;
            _learnt.Clear();
        }

        return _learnt.TryGetValue(matchId, out var learnt) ? learnt : IntroductionStates?.GetValueOrDefault(matchId);
    }

    private string? NotInterestedTitle(MatchView match) => match.MyFeedback is { Interested: false, Reason: { } reason }
        ? string.Format(System.Globalization.CultureInfo.CurrentCulture, L["Feedback.YouAreNotInterested"], L[$"Feedback.Reason.{reason}"])
        : null;

    private Task InterestedAsync(MatchView match) => ChangeAsync(match.Id, () => Feedback.SetAsync(match.Id, new FeedbackInput(true)), L["Feedback.Saved"]);

    private async Task NotInterestedAsync(MatchView match)
    {
        var parameters = new DialogParameters<MatchFeedbackDialog> { { d => d.MatchId, match.Id }, { d => d.Current, match.MyFeedback } };
        var dialog = await Dialogs.ShowAsync<MatchFeedbackDialog>(L["Feedback.DialogTitle"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            // Undo brings back the answer the user had before (or none).
            await AfterChangeAsync(match.Id, L["Feedback.Hidden"], match.MyFeedback);
        }
    }

    private Task WithdrawAsync(MatchView match) => ChangeAsync(match.Id, () => Feedback.WithdrawAsync(match.Id), L["Feedback.Withdrawn"]);

    private async Task ChangeAsync(Guid matchId, Func<Task> change, string message)
    {
        _busy.Add(matchId);
        try
        {
            await change();
            await AfterChangeAsync(matchId, message, null, offerUndo: false);
        }
        catch (NotFoundException)
        {
            // The match went away (recomputed, or the stream closed) while the page was open.
            await AnswerChangedAsync();
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(L["Conflict.Saved"], Severity.Warning);
        }
        finally
        {
            _busy.Remove(matchId);
        }
    }

    private async Task AfterChangeAsync(Guid matchId, string message, FeedbackView? previous, bool offerUndo = true)
    {
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
                await InvokeAsync(AnswerChangedAsync);
            };
        });
        await AnswerChangedAsync();
    }

    private async Task RequestIntroductionAsync(Guid matchId, MatchIntroductionState state)
    {
        var propose = state.Proposes;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L[propose ? "Introductions.Propose" : "Introductions.Request"],
            L[propose ? "Introductions.ProposeConfirm" : "Introductions.RequestConfirm"],
            yesText: L[propose ? "Introductions.Propose" : "Introductions.Request"],
            cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _busy.Add(matchId);
        try
        {
            await IntroductionRequests.RequestAsync(matchId);
            Snackbar.Add(L["Introductions.Requested"], Severity.Success);
        }
        catch (ValidationFailedException e)
        {
            Snackbar.Add(L.Translate(e.Errors[0]), Severity.Warning);
        }
        catch (NotFoundException)
        {
            Snackbar.Add(L["Introductions.MatchGone"], Severity.Warning);
        }
        finally
        {
            _busy.Remove(matchId);
        }

        _ = IntroductionState(matchId);
        _learnt[matchId] = await IntroductionRequests.ForMatchAsync(matchId);
    }
}
