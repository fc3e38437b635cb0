using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Introductions;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// On a match card: "Tanıştırma iste" for the firms of the match, "Tanıştırma öner" for staff and
/// experts (after a confirmation), or the state of the pair's introduction once there is one.
/// </summary>
public partial class IntroductionButton
{
    [Inject]
    private IntroductionService Introductions { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private MatchIntroductionState? _state;
    private bool _busy;

    /// <summary>The match whose firms would be introduced.</summary>
    [Parameter, EditorRequired]
    public Guid MatchId { get; set; }

    /// <summary>
    /// The states of a list's match cards, read by the list in one call
    /// (<see cref="IntroductionService.ForMatchesAsync"/>); null while the list is reading them.
    /// A match missing from it is one the user may not introduce.
    /// </summary>
    [Parameter, EditorRequired]
    public IReadOnlyDictionary<Guid, MatchIntroductionState>? States { get; set; }

    private IReadOnlyDictionary<Guid, MatchIntroductionState>? _seen;
    private Guid _seenFor;

    // A new list read (or another match in this place) replaces what this card learnt by itself.
    protected override void OnParametersSet()
    {
        if (States is not null && (!ReferenceEquals(States, _seen) || _seenFor != MatchId))
        {
            (_seen, _seenFor) = (States, MatchId);
            _state = States.GetValueOrDefault(MatchId);
        }
    }

    private async Task RequestAsync()
    {
        var propose = _state!.Proposes;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L[propose ? "Introductions.Propose" : "Introductions.Request"],
            L[propose ? "Introductions.ProposeConfirm" : "Introductions.RequestConfirm"],
            yesText: L[propose ? "Introductions.Propose" : "Introductions.Request"],
            cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            await Introductions.RequestAsync(MatchId);
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
            _busy = false;
        }

        _state = await Introductions.ForMatchAsync(MatchId);
    }
}
