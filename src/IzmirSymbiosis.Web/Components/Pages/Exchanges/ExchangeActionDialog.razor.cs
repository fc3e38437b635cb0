using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Exchanges;

/// <summary>
/// Takes one workflow action with what it needs. The idempotency key is made once per dialog, so
/// however often the button is pressed the service makes one transition; the button is disabled
/// while a post is on its way. Field errors stay in the dialog; when someone else acted first the
/// dialog closes with <see cref="ExchangeOutcome.Conflict"/> and the page reloads.
/// </summary>
public partial class ExchangeActionDialog
{
    private readonly Dictionary<string, string> _errors = [];
    private readonly List<string> _general = [];
    private readonly string _key = Guid.NewGuid().ToString("N");
    private string? _comment;
    private DateTime? _date;
    private decimal? _amount;
    private QuantityUnit? _unit;
    private DateTime? _from;
    private DateTime? _to;
    private string? _evidence;
    private bool _posting;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    private ExchangeService Exchanges { get; set; } = default!;

    [Parameter]
    public Guid ExchangeId { get; set; }

    /// <summary>The version the user saw.</summary>
    [Parameter]
    public int Version { get; set; }

    [Parameter]
    public ExchangeAction Action { get; set; }

    /// <summary>The unit the measured figure starts with (the agreed one).</summary>
    [Parameter]
    public QuantityUnit? Unit { get; set; }

    /// <summary>Whether the action cannot be undone.</summary>
    public bool IsIrreversible => Action is ExchangeAction.Approve or ExchangeAction.Reject or ExchangeAction.Withdraw or ExchangeAction.Verify;

    private bool IsDestructive => Action is ExchangeAction.Reject or ExchangeAction.Withdraw;

    protected override void OnInitialized() => _unit = Unit;

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? Err(string field) => _errors.GetValueOrDefault(field);

    private async Task SubmitAsync()
    {
        if (_posting)
        {
            return;
        }

        _posting = true;
        _errors.Clear();
        _general.Clear();
        try
        {
            var result = await Exchanges.TransitionAsync(ExchangeId, Request());
            MudDialog.Close(DialogResult.Ok(ExchangeOutcome.Done(result)));
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors)
            {
                if (error.Field is "Comment" or "Date" || error.Field.StartsWith("Verification.", StringComparison.Ordinal))
                {
                    _errors[error.Field] = L.Message(error);
                }
                else
                {
                    _general.Add(L.Message(error));
                }
            }
        }
        catch (ExchangeActionRefusedException e) when (!e.IsAboutStage)
        {
            _general.Add(L.Text(e.ReasonKey));
        }
        catch (Exception e) when (e is ConcurrencyConflictException or NotFoundException or ExchangeActionRefusedException)
        {
            MudDialog.Close(DialogResult.Ok(ExchangeOutcome.Conflict));
        }
        finally
        {
            _posting = false;
        }
    }

    private TransitionRequest Request() => Action switch
    {
        ExchangeAction.StartImplementation or ExchangeAction.ReportImplemented =>
            new(Action, Version, Date: _date is { } d ? DateOnly.FromDateTime(d) : null, IdempotencyKey: _key),
        ExchangeAction.Verify => new(
            Action,
            Version,
            Verification: new VerificationInput(_amount, _unit, Day(_from), Day(_to), _evidence),
            IdempotencyKey: _key),
        _ => new(Action, Version, Comment: _comment, IdempotencyKey: _key),
    };

    private static DateOnly? Day(DateTime? d) => d is { } v ? DateOnly.FromDateTime(v) : null;
}

/// <summary>How an action ended: done (with its result) or lost to someone who acted first.</summary>
public sealed record ExchangeOutcome(TransitionResult? Result)
{
    /// <summary>Someone else changed the exchange first; nothing was saved.</summary>
    public static ExchangeOutcome Conflict { get; } = new((TransitionResult?)null);

    /// <summary>The action went through.</summary>
    public static ExchangeOutcome Done(TransitionResult result) => new(result);

    /// <summary>Whether it was lost to a concurrent change.</summary>
    public bool IsConflict => Result is null;
}
