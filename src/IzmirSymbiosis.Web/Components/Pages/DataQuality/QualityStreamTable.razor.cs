using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.DataQuality;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.DataQuality;

public partial class QualityStreamTable
{
    private static readonly TableColumn[] s_columns =
    [
        new("stream", "DataQuality.Stream", Sorts: false), new("firm", "DataQuality.Firm", Sorts: false),
        new("status", "DataQuality.Status", Sorts: false), new("updated", "DataQuality.UpdatedAt", Sorts: false),
    ];

    private static readonly TableColumn[] s_remindColumns =
        [.. s_columns, new("reminded", "DataQuality.LastReminded", Sorts: false), new("remind", string.Empty, Sorts: false)];

    private readonly PlainList<QualityStreamRow> _list;
    // The rows chosen, kept across pages until reminded.
    private readonly Dictionary<Guid, QualityStreamRow> _selected = [];
    private ReminderResult? _result;
    private bool _busy;
    private int? _loadedZone;

    /// <summary>Creates the table; its list reads the streams with the finding in the zone chosen.</summary>
    public QualityStreamTable() => _list = new PlainList<QualityStreamRow>((request, cancellationToken) =>
    {
        _loadedZone = ZoneId;
        return Quality.StreamsAsync(Finding, ZoneId, request, cancellationToken);
    });

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

    private IReadOnlyList<TableColumn> Columns => CanRemind ? s_remindColumns : s_columns;

    private bool AllOnPageSelected => _list.Rows.Count > 0 && _list.Rows.All(r => _selected.ContainsKey(r.StreamId));

    // Read once the circuit starts (the prerender says the rows are coming), and again when the zone changes.
    protected override async Task OnParametersSetAsync()
    {
        if (RendererInfo.IsInteractive && (!_list.Loaded || _loadedZone != ZoneId))
        {
            await _list.ReloadAsync(() => { });
        }
    }

    private void Toggle(Guid streamId)
    {
        if (!_selected.Remove(streamId) && _list.Rows.FirstOrDefault(r => r.StreamId == streamId) is { } row)
        {
            _selected[streamId] = row;
        }
    }

    private void TogglePage()
    {
        var select = !AllOnPageSelected;
        foreach (var row in _list.Rows)
        {
            if (select)
            {
                _selected[row.StreamId] = row;
            }
            else
            {
                _selected.Remove(row.StreamId);
            }
        }
    }

    private Task RemindSelectedAsync() => RemindAsync([.. _selected.Values]);

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
            _selected.Clear();
            await _list.LoadAsync();

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
