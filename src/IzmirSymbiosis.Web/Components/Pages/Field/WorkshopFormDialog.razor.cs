using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Field;
using IzmirSymbiosis.Application.Zones;
using IzmirSymbiosis.Domain.Zones;
using IzmirSymbiosis.Web.Components.Pages.Exchanges;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Field;

/// <summary>
/// Records or edits a workshop: counts by stakeholder type and gender, and synergy topics; the
/// service makes the exchanges of complete topics with the same save. Errors stand at their rows.
/// </summary>
public partial class WorkshopFormDialog
{
    private readonly FormErrors _errors = [];
    private readonly List<CountModel> _counts = [];
    private readonly List<TopicModel> _topics = [];
    private IReadOnlyList<OrganizedIndustrialZone> _zones = [];
    private uint _version;
    private DateTime? _heldOn = DateTime.Today;
    private string? _place;
    private string? _organiser;
    private int? _zoneId;
    private string? _notes;
    private bool _saving;
    private bool _conflict;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    private WorkshopService Workshops { get; set; } = default!;

    [Inject]
    private ZoneService Zones { get; set; } = default!;

    /// <summary>The workshop to edit; null to record a new one.</summary>
    [Parameter]
    public Guid? WorkshopId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _zones = await Zones.ListAsync();
        if (WorkshopId is { } id)
        {
            if (await Workshops.GetAsync(id) is not { } w)
            {
                MudDialog.Cancel();
                return;
            }

            var i = w.Input;
            (_version, _heldOn, _place, _organiser, _zoneId, _notes) = (w.Version, i.HeldOn?.ToDateTime(TimeOnly.MinValue), i.Place, i.Organiser, i.ZoneId, i.Notes);
            _counts.AddRange(i.Participants.Select(p => new CountModel { StakeholderType = p.StakeholderType, Gender = p.Gender, Count = p.Count }));
            _topics.AddRange(w.Topics.Select(t => new TopicModel
            {
                Id = t.Input.Id,
                Material = t.Input.Material,
                DonorNace = t.Input.DonorNace,
                ReceiverNace = t.Input.ReceiverNace,
                Donor = t.Input.DonorCompanyId is { } d ? new CompanyOption(d, t.DonorName ?? string.Empty) : null,
                Receiver = t.Input.ReceiverCompanyId is { } r ? new CompanyOption(r, t.ReceiverName ?? string.Empty) : null,
                OfferStreamId = t.Input.OfferStreamId,
                Offers = t.Input.OfferStreamId is { } o ? [new(o, t.OfferDescription ?? string.Empty)] : [],
                ExchangeId = t.ExchangeId,
            }));
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _errors.Clear();
        _conflict = false;
        var input = new WorkshopInput(
            _heldOn is { } d ? DateOnly.FromDateTime(d) : null, _place, _organiser, _zoneId, _notes,
            [.. _counts.Select(c => new ParticipantCountInput(c.StakeholderType, c.Gender, c.Count))],
            [.. _topics.Select(t => t.ToInput())]);
        try
        {
            if (WorkshopId is { } id)
            {
                await Workshops.UpdateAsync(id, _version, input);
            }
            else
            {
                await Workshops.CreateAsync(input);
            }

            MudDialog.Close(DialogResult.Ok(true));
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
            _conflict = true;
        }
        finally
        {
            _saving = false;
        }
    }
}
