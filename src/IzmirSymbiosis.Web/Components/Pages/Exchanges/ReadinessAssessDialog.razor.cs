using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Readiness;
using IzmirSymbiosis.Domain.Readiness;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Exchanges;

/// <summary>The dialog that adds a readiness assessment to an exchange.</summary>
public sealed partial class ReadinessAssessDialog
{
    private readonly Dictionary<ReadinessPerspective, int?> _levels = [];
    private readonly Dictionary<ReadinessPerspective, string?> _notes = [];
    private readonly Dictionary<string, string> _errors = [];
    private readonly List<string> _general = [];
    private bool _posting;
    private bool _stale;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    private ReadinessService Readiness { get; set; } = default!;

    /// <summary>The exchange.</summary>
    [Parameter]
    public Guid ExchangeId { get; set; }

    /// <summary>The current assessment the new one starts from (null for the first).</summary>
    [Parameter]
    public ReadinessAssessmentView? Current { get; set; }

    protected override void OnInitialized()
    {
        foreach (var p in ReadinessScale.Perspectives)
        {
            _levels[p] = Current?.Of(p).Level;
            _notes[p] = Current?.Of(p).Note;
        }
    }

    private string PerspectiveName(ReadinessPerspective perspective) => L[$"Readiness.Perspective.{perspective}"];

    private string? Definition(ReadinessPerspective perspective) =>
        _levels[perspective] is { } level ? ReadinessLevels.Of(perspective, level).Definition : null;

    private async Task SubmitAsync()
    {
        _posting = true;
        _errors.Clear();
        _general.Clear();
        try
        {
            var input = new ReadinessInput(
                Current?.Sequence ?? 0,
                [.. ReadinessScale.Perspectives.Select(p => new ReadinessRatingInput(p, _levels[p], _notes[p]))]);
            var view = await Readiness.AssessAsync(ExchangeId, input);
            MudDialog.Close(DialogResult.Ok(view));
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors)
            {
                _errors[error.Field] = L.Translate(error);
            }
        }
        catch (ConcurrencyConflictException)
        {
            // Nothing was saved; saving again would overwrite what the other assessor just judged.
            _general.Add(L["Readiness.Dialog.Conflict"]);
            _stale = true;
        }
        catch (ReadinessActionRefusedException e)
        {
            _general.Add(L[e.ReasonKey]);
        }
        catch (NotFoundException)
        {
            _general.Add(L["Readiness.Dialog.Gone"]);
        }
        finally
        {
            _posting = false;
        }
    }
}
