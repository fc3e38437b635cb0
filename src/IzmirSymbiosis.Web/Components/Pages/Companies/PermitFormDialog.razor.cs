using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.WasteCodes;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Companies;

/// <summary>
/// Adds or edits a hazardous-waste permit. Codes are chosen one by one with the waste-code picker
/// (a code or a sub-chapter) and listed as removable chips, hazardous ones marked; every field error comes back from the service at once and is shown at
/// its field; a concurrent change of the company is reported and nothing is overwritten.
/// </summary>
public partial class PermitFormDialog
{
    private readonly Dictionary<string, string> _errors = [];
    private string _authority = string.Empty;
    private string _number = string.Empty;
    private DateTime? _validUntil;
    private IReadOnlyCollection<string> _operations = new HashSet<string>();
    private readonly List<PermitCode> _codes = [];
    private int _pickerKey;
    private bool _saving;
    private bool _conflict;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    private PermitService Permits { get; set; } = default!;

    [Inject]
    private WasteCodeService WasteCodes { get; set; } = default!;

    /// <summary>The company.</summary>
    [Parameter]
    public Guid CompanyId { get; set; }

    /// <summary>The company version the user saw.</summary>
    [Parameter]
    public uint Version { get; set; }

    /// <summary>The permit to edit; null to add one.</summary>
    [Parameter]
    public PermitView? Permit { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Permit is { } p)
        {
            (_authority, _number, _validUntil) = (p.Authority, p.Number, p.ValidUntil.ToDateTime(TimeOnly.MinValue));
            _operations = new HashSet<string>(p.Operations);
            foreach (var code in p.WasteCodes)
            {
                await AddCodeAsync(code);
            }
        }
    }

    /// <summary>Adds the code the picker chose (once), then empties the picker for the next one.</summary>
    private async Task AddCodeAsync(string? code)
    {
        var digits = string.Concat((code ?? string.Empty).Where(char.IsAsciiDigit));
        if (digits.Length > 0 && _codes.All(c => c.Code != digits))
        {
            var hazardous = digits.Length == 6 && await WasteCodes.FindAsync(digits) is { IsHazardous: true };
            _codes.Add(new PermitCode(digits, EwcCode.Display(digits) + (hazardous ? "*" : string.Empty), hazardous));
        }

        // A new picker (new key) starts empty, ready for the next code.
        _pickerKey++;
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorText(string field) => _errors.GetValueOrDefault(field);

    private async Task SaveAsync()
    {
        _saving = true;
        _errors.Clear();
        _conflict = false;
        var codes = _codes.Select(c => EwcCode.Display(c.Code)).ToList();
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

    /// <summary>A chosen code: digits, as shown (with the star when hazardous), hazardous.</summary>
    private sealed record PermitCode(string Code, string Display, bool IsHazardous);
}
