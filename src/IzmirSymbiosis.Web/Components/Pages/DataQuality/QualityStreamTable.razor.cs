using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.DataQuality;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.DataQuality;

public partial class QualityStreamTable
{
    private MudTable<QualityStreamRow>? _table;
    private HashSet<QualityStreamRow> _selected = [];
    private ReminderResult? _result;
    private bool _busy;
    private int? _loadedZone;

    [Inject]
    private DataQualityService Quality { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>Which stream finding this table lists.</summary>
    [Parameter, EditorRequired]
    public QualityFinding Finding { get; set; }

    /// <summary>The zone filter (null: all the reader's zones).</summary>
    [Parameter]
    public int? ZoneId { get; set; }

    /// <summary>Whether rows can be selected and their firms reminded (stale streams).</summary>
    [Parameter]
    public bool CanRemind { get; set; }

    /// <summary>Raised after reminders were sent (the totals may be read again).</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_table is not null && _loadedZone != ZoneId)
        {
            await _table.ReloadServerData();
        }
    }

    private async Task<TableData<QualityStreamRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        _loadedZone = ZoneId;
        var page = await Quality.StreamsAsync(Finding, ZoneId, new PageRequest(state.Page, state.PageSize), cancellationToken);
        return new TableData<QualityStreamRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task RemindSelectedAsync() => RemindAsync([.. _selected]);

    private async Task RemindAsync(IReadOnlyList<QualityStreamRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var text = rows.Count == 1
            ? string.Format(CultureInfo.CurrentCulture, L["DataQuality.RemindConfirmOne"], rows[0].Description, rows[0].CompanyName)
            : string.Format(CultureInfo.CurrentCulture, L["DataQuality.RemindConfirmMany"], rows.Count);
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["DataQuality.RemindTitle"], text, yesText: L["DataQuality.RemindSend"], cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            _result = await Quality.RemindAsync([.. rows.Select(r => r.StreamId)]);
            _selected = [];
            if (_table is not null)
            {
                await _table.ReloadServerData();
            }

            await Changed.InvokeAsync();
        }
        catch (NotFoundException)
        {
            Snackbar.Add(L["DataQuality.RemindGone"], Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }

    private string ResultText(ReminderResult result)
    {
        var parts = new List<string>();
        if (result.Queued.Count > 0)
        {
            parts.Add(string.Format(CultureInfo.CurrentCulture, L["DataQuality.RemindQueued"], result.Queued.Count));
        }

        if (result.AlreadyReminded.Count > 0)
        {
            var last = result.AlreadyReminded.Max(r => r.RemindedAt);
            parts.Add(string.Format(CultureInfo.CurrentCulture, L["DataQuality.RemindRecent"], result.AlreadyReminded.Count, Day(last)));
        }

        return string.Join(" ", parts);
    }

    private static string Day(DateTimeOffset at) =>
        at.ToOffset(TurkeyTime.Offset).ToString("d", CultureInfo.CurrentCulture);
}
