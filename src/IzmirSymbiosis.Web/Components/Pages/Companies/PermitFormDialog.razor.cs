using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Companies;

/// <summary>
/// Adds or edits a hazardous-waste permit. Codes are typed as a list (commas, semicolons or line
/// breaks between them); every field error comes back from the service at once and is shown at
/// its field; a concurrent change of the company is reported and nothing is overwritten.
/// </summary>
public partial class PermitFormDialog
{
    private readonly Dictionary<string, string> _errors = [];
    private string _authority = string.Empty;
    private string _number = string.Empty;
    private DateTime? _validUntil;
    private IReadOnlyCollection<string> _operations = new HashSet<string>();
    private string _codes = string.Empty;
    private bool _saving;
    private bool _conflict;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    private PermitService Permits { get; set; } = default!;

    /// <summary>The company.</summary>
    [Parameter]
    public Guid CompanyId { get; set; }

    /// <summary>The company version the user saw.</summary>
    [Parameter]
    public uint Version { get; set; }

    /// <summary>The permit to edit; null to add one.</summary>
    [Parameter]
    public PermitView? Permit { get; set; }

    protected override void OnInitialized()
    {
        if (Permit is { } p)
        {
            (_authority, _number, _validUntil) = (p.Authority, p.Number, p.ValidUntil.ToDateTime(TimeOnly.MinValue));
            _operations = new HashSet<string>(p.Operations);
            _codes = string.Join(", ", p.WasteCodes.Select(EwcCode.Display));
        }
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorText(string field) => _errors.GetValueOrDefault(field);

    private async Task SaveAsync()
    {
        _saving = true;
        _errors.Clear();
        _conflict = false;
        var codes = _codes.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var input = new PermitInput(_authority, _number, _validUntil is { } d ? DateOnly.FromDateTime(d) : null, codes, [.. _operations]);
        try
        {
            if (Permit is null)
            {
                await Permits.AddAsync(CompanyId, input);
            }
            else
            {
                await Permits.UpdateAsync(CompanyId, Permit.Id, Version, input);
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
        catch (NotFoundException)
        {
            _conflict = true;
        }
        finally
        {
            _saving = false;
        }
    }
}
