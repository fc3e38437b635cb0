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

    private Guid? _loadedFor;

    // After rendering, not before: a table of matches renders at once and each card fills in its state.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_loadedFor != MatchId)
        {
            _loadedFor = MatchId;
            _state = await Introductions.ForMatchAsync(MatchId);
            StateHasChanged();
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
