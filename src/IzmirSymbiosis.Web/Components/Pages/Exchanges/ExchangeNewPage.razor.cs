using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Exchanges;

/// <summary>
/// Creates an exchange: by hand (donor firm, its offer, receiver firm and optionally its need) or,
/// with <c>?match={id}</c> (and <c>&amp;introduction={id}</c> for a firm), from a match whose firms and
/// streams the service takes over. Every field error comes back at once and is shown at its field.
/// </summary>
public partial class ExchangeNewPage
{
    private readonly Dictionary<string, string> _errors = [];
    private readonly List<string> _general = [];
    private readonly ExchangeDraftModel _model = new();
    private MatchView? _match;
    private CompanyOption? _donor;
    private CompanyOption? _receiver;
    private Guid? _offerId;
    private IReadOnlyList<StreamSummary> _offers = [];
    private IReadOnlyList<StreamSummary>? _needs;
    private bool _showTerms;
    private bool _saving;
    private bool _loaded;
    private List<BreadcrumbItem> _crumbs = [];

    [Inject]
    private ExchangeService Exchanges { get; set; } = default!;

    [Inject]
    private CompanyService Companies { get; set; } = default!;

    [Inject]
    private MatchQueryService Matches { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    /// <summary>The match to create the exchange from.</summary>
    [SupplyParameterFromQuery(Name = "match")]
    public Guid? MatchId { get; set; }

    /// <summary>The introduction that lifted anonymity between the match's firms (a firm user needs one).</summary>
    [SupplyParameterFromQuery(Name = "introduction")]
    public Guid? IntroductionId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Auth).User;
        _showTerms = user.IsInRole("Expert") || user.IsInRole("FirmUser");
        _crumbs = [new(L["ExchangePage.Title"], href: "exchanges"), new(L["ExchangePage.NewTitle"], href: null, disabled: true)];
        if (MatchId is { } matchId)
        {
            _match = await Matches.GetAsync(matchId);
            if (_match is null)
            {
                Navigation.NotFound();
                return;
            }

            _model.Title ??= _match.OfferDescription.Length <= Domain.Exchanges.Exchange.TitleMaxLength ? _match.OfferDescription : null;
            _model.NeedStreamId = _match.NeedId;
            _model.DistanceKm ??= _match.RoadKm is { } km ? (int)Math.Round(km) : null;
        }

        _loaded = true;
    }

    private string? Err(string field) => _errors.GetValueOrDefault(field);

    private async Task OnDonorAsync(CompanyOption? donor)
    {
        _donor = donor;
        _offerId = null;
        _offers = donor is null ? [] : (await Companies.GetAsync(donor.Id))?.Streams.Where(s => s.Direction == StreamDirection.Offer).ToList() ?? [];
        if (_offers.Count == 1)
        {
            _offerId = _offers[0].Id;
        }
    }

    private async Task OnReceiverAsync(CompanyOption? receiver)
    {
        _receiver = receiver;
        _model.NeedStreamId = null;
        _needs = receiver is null ? null : (await Companies.GetAsync(receiver.Id))?.Streams.Where(s => s.Direction == StreamDirection.Need).ToList();
    }

    private async Task CreateAsync()
    {
        _saving = true;
        _errors.Clear();
        _general.Clear();
        try
        {
            var request = _match is null
                ? new NewExchange(_model.ToInput(), OfferStreamId: _offerId, ReceiverCompanyId: _receiver?.Id)
                : new NewExchange(_model.ToInput(), MatchId: _match.Id, IntroductionId: IntroductionId);
            var created = await Exchanges.CreateAsync(request);
            Snackbar.Add(L["ExchangePage.Created"], Severity.Success);
            Navigation.NavigateTo($"exchanges/{created.Id}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors)
            {
                if (IsShownAtField(error.Field))
                {
                    _errors[error.Field] = L.Message(error);
                }
                else
                {
                    _general.Add(L.Message(error));
                }
            }
        }
        catch (ExchangeActionRefusedException e)
        {
            _general.Add(L.Text(e.ReasonKey));
        }
        catch (NotFoundException)
        {
            _general.Add(L["ExchangePage.MatchGone"]);
        }
        finally
        {
            _saving = false;
        }
    }

    private bool IsShownAtField(string field) => field switch
    {
        "OfferStreamId" or "ReceiverCompanyId" => _match is null,
        "MatchId" => _match is not null,
        "Title" => true,
        "NeedStreamId" => _needs is { Count: > 0 },
        "AgreedAmount" or "AgreedUnit" or "AgreedPeriod" or "Route" or "RecoveryOperation" or "TransportMode" or "DistanceKm" or "PlannedStart" => true,
        "TransporterCompanyId" or "ProcessorCompanyId" => true,
        "CommercialTerms" => _showTerms,
        _ => false,
    };
}
