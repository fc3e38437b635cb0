using IzmirSymbiosis.Application.Accounts;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Zones;
using IzmirSymbiosis.Domain.Zones;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Admin;

/// <summary>
/// Changes a user's role with its company (firm users) or zones (OIZ staff). The change takes
/// effect at once: the service renews the security stamp, so the user's open sessions re-check.
/// </summary>
public partial class UserRoleDialog
{
    private IReadOnlyList<OrganizedIndustrialZone> _allZones = [];
    private string _role = Roles.FirmUser;
    private CompanyChoice? _company;
    private IReadOnlyCollection<int> _zones = [];
    private string? _companyError;
    private string? _zonesError;
    private string? _error;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    private CompanyService Companies { get; set; } = default!;

    [Inject]
    private ZoneService Zones { get; set; } = default!;

    [Inject]
    private ChangeUserRoleCommand ChangeRole { get; set; } = default!;

    /// <summary>The account being changed.</summary>
    [Parameter]
    [EditorRequired]
    public AccountListItem Account { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _role = Account.Role ?? Roles.FirmUser;
        _company = Account.CompanyId is { } id ? new CompanyChoice(id, Account.CompanyName ?? string.Empty) : null;
        _zones = [.. Account.ZoneIds];
        _allZones = await Zones.ListAsync();
    }

    private void OnRoleChanged(string role)
    {
        _role = role;
        _companyError = _zonesError = null;
    }

    private async Task<IEnumerable<CompanyChoice>> SearchCompaniesAsync(string? text, CancellationToken cancellationToken)
    {
        var page = await Companies.ListAsync(new PageRequest(0, 20, "name", false, text), cancellationToken);
        return page.Items.Select(c => new CompanyChoice(c.Id, $"{c.LegalName} ({c.District})"));
    }

    private string ZonesText(IReadOnlyList<string> selected) =>
        string.Join(", ", _allZones.Where(z => _zones.Contains(z.Id)).Select(z => z.ShortName));

    private async Task SaveAsync()
    {
        _companyError = _role == Roles.FirmUser && _company is null ? L["Admin.CompanyRequired"].Value : null;
        _zonesError = _role == Roles.OizStaff && _zones.Count == 0 ? L["Admin.ZonesRequired"].Value : null;
        _error = null;
        if (_companyError is not null || _zonesError is not null)
        {
            return;
        }

        _saving = true;
        try
        {
            await ChangeRole.ExecuteAsync(Account.Id, _role, _company?.Id, [.. _zones]);
            MudDialog.Close(DialogResult.Ok(true));
        }
        catch (NotFoundException)
        {
            _error = L["Admin.Users.Gone"];
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>A company to pick (records compare by value, as the autocomplete needs).</summary>
    private sealed record CompanyChoice(Guid Id, string Name);
}
