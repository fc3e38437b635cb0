using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Field;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Web.Components.Pages.Exchanges;
using IzmirSymbiosis.Web.Components.Pages.Streams;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Field;

/// <summary>
/// Records or edits a site visit. A new visit stays open after its first save, so the streams found
/// can be recorded at once (through the stream form, saved with the visit); an edit closes on save.
/// All field errors come back from the service together and stand at their fields and rows.
/// </summary>
public partial class FieldVisitFormDialog
{
    private readonly FormErrors _errors = [];
    private readonly List<ParticipantModel> _participants = [];
    private readonly List<FollowUpModel> _followUps = [];
    private IReadOnlyList<FoundStream> _streams = [];
    private Guid? _visitId;
    private uint _version;
    private CompanyOption? _company;
    private DateTime? _visitedOn = DateTime.Today;
    private string? _visitors;
    private string? _notes;
    private bool _canAddStreams;
    private bool _saving;
    private bool _conflict;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    private FieldVisitService Visits { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The visit to edit; null to record a new one.</summary>
    [Parameter]
    public Guid? VisitId { get; set; }

    /// <summary>The firm a new visit starts with (from the firm's page).</summary>
    [Parameter]
    public CompanyOption? Company { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _company = Company;
        if (VisitId is { } id)
        {
            await LoadAsync(id);
        }
    }

    private async Task LoadAsync(Guid id)
    {
        var visit = await Visits.GetAsync(id);
        if (visit is null)
        {
            MudDialog.Cancel();
            return;
        }

        (_visitId, _version, _company, _canAddStreams, _streams) = (visit.Id, visit.Version, new CompanyOption(visit.CompanyId, visit.CompanyName), visit.CanAddStreams, visit.Streams);
        (_visitedOn, _visitors, _notes) = (visit.Input.VisitedOn?.ToDateTime(TimeOnly.MinValue), visit.Input.Visitors, visit.Input.Notes);
        _participants.Clear();
        _participants.AddRange(visit.Input.Participants.Select(ParticipantModel.From));
        _followUps.Clear();
        _followUps.AddRange(visit.Input.FollowUps.Select(FollowUpModel.From));
    }

    private FieldVisitInput Input() => new(
        _company?.Id ?? Guid.Empty,
        _visitedOn is { } d ? DateOnly.FromDateTime(d) : null,
        _visitors,
        _notes,
        [.. _participants.Select(p => p.ToInput())],
        [.. _followUps.Select(f => f.ToInput())]);

    private async Task SaveAsync()
    {
        _saving = true;
        _errors.Clear();
        _conflict = false;
        try
        {
            if (_visitId is { } id)
            {
                await Visits.UpdateAsync(id, _version, Input());
                Snackbar.Add(L["FieldVisit.Saved"], Severity.Success);
                MudDialog.Close(DialogResult.Ok(id));
                return;
            }

            var saved = await Visits.CreateAsync(Input());
            Snackbar.Add(L["FieldVisit.Saved"], Severity.Success);
            await LoadAsync(saved.Id);
            await MudDialog.SetTitleAsync(L["FieldVisit.Edit"]);
        }
        catch (ValidationFailedException e)
        {
            Show(e);
        }
        catch (ConcurrencyConflictException)
        {
            _conflict = true;
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task AddStreamAsync()
    {
        if (_visitId is not { } id || _company is null)
        {
            return;
        }

        var parameters = new DialogParameters<StreamFormDialog>
        {
            { x => x.CompanyId, _company.Id },
            { x => x.Save, input => SaveStreamAsync(id, input) },
        };
        var dialog = await Dialogs.ShowAsync<StreamFormDialog>(L["FieldVisit.AddStream"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["FieldVisit.StreamAdded"], Severity.Success);
            await LoadAsync(id);
        }
    }

    private async Task SaveStreamAsync(Guid visitId, StreamInput input)
    {
        var (_, version) = await Visits.AddStreamAsync(visitId, _version, input);
        _version = version;
    }

    private void Show(ValidationFailedException e)
    {
        foreach (var error in e.Errors)
        {
            _errors[error.Field] = L.Translate(error);
        }
    }
}
