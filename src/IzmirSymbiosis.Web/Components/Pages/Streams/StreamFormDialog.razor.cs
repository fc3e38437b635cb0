using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Streams;

/// <summary>
/// Creates or edits an offer or need. All field errors come back from the service at once and
/// are shown at their fields; a concurrent edit is reported and nothing is overwritten.
/// </summary>
public partial class StreamFormDialog
{
    private readonly Dictionary<string, string> _errors = [];
    private StreamDirection _direction = StreamDirection.Offer;
    private ResourceKind _kind = ResourceKind.Material;
    private string _description = string.Empty;
    private string? _ewcCode;
    private decimal _amount;
    private QuantityUnit _unit = QuantityUnit.Tonne;
    private QuantityPeriod _period = QuantityPeriod.PerYear;
    private DateTime? _from;
    private DateTime? _until;
    private decimal? _price;
    private int? _maxKm;
    private StreamStatus _status = StreamStatus.Active;
    private string? _notes;
    private PhysicalState _state = PhysicalState.Solid;
    private StreamVisibility _visibility = StreamVisibility.Anonymised;
    private bool _saving;
    private bool _conflict;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    private StreamService Streams { get; set; } = default!;

    /// <summary>The company the new stream belongs to.</summary>
    [Parameter]
    public Guid CompanyId { get; set; }

    /// <summary>The firm's NACE class: the picker offers the wastes the synergy library records for that sector first.</summary>
    [Parameter]
    public string? SectorNace { get; set; }

    /// <summary>The stream to edit; null to create one.</summary>
    [Parameter]
    public StreamEdit? Edit { get; set; }

    /// <summary>
    /// Saves a new stream elsewhere than <see cref="StreamService.CreateAsync"/> (a site visit records
    /// the stream with itself); the same form, the same rules, the same field errors.
    /// </summary>
    [Parameter]
    public Func<StreamInput, Task>? Save { get; set; }

    protected override void OnInitialized()
    {
        if (Edit?.Input is { } i)
        {
            (_direction, _kind, _description, _ewcCode, _amount, _unit, _period) = (i.Direction, i.Kind, i.Description, i.EwcCode is { } c ? EwcCode.Display(c) : null, i.Amount, i.Unit, i.Period);
            (_from, _until, _price, _maxKm, _status, _notes, _state, _visibility) = (ToDate(i.AvailableFrom), ToDate(i.AvailableUntil), i.PricePerUnit, i.MaxTransportKm, i.Status, i.QualityNotes, i.PhysicalState, i.Visibility);
        }
    }

    private void OnKindChanged(ResourceKind kind)
    {
        _kind = kind;
        _state = kind == ResourceKind.Material ? PhysicalState.Solid : kind == ResourceKind.Water ? PhysicalState.Liquid : PhysicalState.NotApplicable;
        _unit = Enum.GetValues<QuantityUnit>().First(u => Quantity.IsAllowedFor(kind, u));
        if (kind != ResourceKind.Material)
        {
            _ewcCode = null;
        }
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorText(string field) => _errors.GetValueOrDefault(field);

    private async Task SaveAsync()
    {
        _saving = true;
        _errors.Clear();
        _conflict = false;
        var input = new StreamInput(
            _direction, _kind, _description, _ewcCode, _amount, _unit, _period, _state, _notes,
            ToDateOnly(_from), ToDateOnly(_until), _price, _maxKm, _status, _visibility);
        try
        {
            if (Edit is null && Save is not null)
            {
                await Save(input);
            }
            else if (Edit is null)
            {
                await Streams.CreateAsync(CompanyId, input);
            }
            else
            {
                await Streams.UpdateAsync(Edit with { Input = input });
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

    private static DateTime? ToDate(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? ToDateOnly(DateTime? d) => d is { } x ? DateOnly.FromDateTime(x) : null;
}
