using System.Globalization;
using IzmirSymbiosis.Application.AccessTokens;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Profile;

/// <summary>The user's profile: personal access tokens for the API (created, shown once, revoked).</summary>
public partial class ProfilePage
{
    private IReadOnlyList<PersonalAccessTokenInfo> _tokens = [];
    private string? _name;
    private string? _nameError;
    private string? _secret;
    private bool _busy;
    private bool _mustEnableTwoFactor;

    [Inject]
    private AccessTokenListQuery ListTokens { get; set; } = default!;

    [Inject]
    private CreateAccessTokenCommand CreateToken { get; set; } = default!;

    [Inject]
    private RevokeAccessTokenCommand RevokeToken { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IOptions<PersonalAccessTokenOptions> TokenOptions { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var user = await CurrentUser.GetAsync();
        _mustEnableTwoFactor = user.MustEnableTwoFactor;
        _tokens = user.UserId is null ? [] : await ListTokens.ExecuteAsync();
    }

    private async Task CreateAsync()
    {
        _busy = true;
        _nameError = null;
        try
        {
            var created = await CreateToken.ExecuteAsync(_name ?? string.Empty);
            _secret = created.Secret;
            _name = null;
            await LoadAsync();
        }
        catch (ValidationFailedException e)
        {
            var error = e.Errors[0];
            _nameError = L.Translate(error);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CopyAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", _secret);
            Snackbar.Add(L["Profile.Copied"], Severity.Success);
        }
        catch (JSException)
        {
            // No clipboard access (insecure context, permission): the field stays there to copy by hand.
        }
    }

    private async Task RevokeAsync(PersonalAccessTokenInfo token)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Profile.RevokeTitle"],
            string.Format(CultureInfo.CurrentCulture, L["Profile.RevokeConfirm"], token.Name),
            yesText: L["Profile.Revoke"],
            cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            await RevokeToken.ExecuteAsync(token.Id);
            Snackbar.Add(L["Profile.TokenRevoked"], Severity.Success);
        }
        catch (NotFoundException)
        {
            // Already gone (another tab): the reload below shows the current state.
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private int LifetimeDays => TokenOptions.Value.AccessTokenLifetimeDays;

    // In Türkiye's time, whatever the server's time zone.
    private static string When(DateTimeOffset at) => at.ToOffset(TurkeyTime.Offset).ToString("g", CultureInfo.CurrentCulture);

    // The date alone in the user's culture (tr-TR: 28.02.2027, 1.03.2027).
    private static string Day(DateTimeOffset at) => at.ToOffset(TurkeyTime.Offset).ToString("d", CultureInfo.CurrentCulture);
}
