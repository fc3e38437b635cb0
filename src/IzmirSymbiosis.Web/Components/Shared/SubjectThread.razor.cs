using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Domain.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// The thread of one subject (<see cref="SubjectKind"/> and id): the latest messages, oldest first,
/// and for those who may contribute a text box; a sent message shows at once, without a reload.
/// </summary>
public partial class SubjectThread
{
    /// <summary>Most messages shown (the newest ones).</summary>
    private const int Shown = 200;

    private ThreadPage? _page;
    private string? _draft;
    private string? _error;
    private bool _busy;

    [Inject]
    private ConversationService Threads { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>What the thread belongs to.</summary>
    [Parameter, EditorRequired]
    public SubjectKind Kind { get; set; }

    /// <summary>Which introduction or exchange.</summary>
    [Parameter, EditorRequired]
    public Guid SubjectId { get; set; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        // Count first, then the last page: the newest messages, still oldest first.
        var first = await Threads.ListAsync(Kind, SubjectId, new PageRequest(0, Shown));
        _page = first is { TotalCount: > Shown } ? await Threads.ListAsync(Kind, SubjectId, new PageRequest((first.TotalCount - 1) / Shown, Shown)) : first;
    }

    // A null name is a writer of a firm the reader may not see yet.
    private string Author(CommentView c) => c.Mine ? L["Thread.You"] : c.AuthorName is null ? L["Thread.OtherFirm"] : c.AuthorName.Length > 0 ? c.AuthorName : "—";

    private async Task SendAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            await Threads.PostAsync(Kind, SubjectId, _draft);
            _draft = null;
            await LoadAsync();
        }
        catch (ValidationFailedException e)
        {
            _error = L.Translate(e.Errors[0]);
        }
        catch (NotFoundException)
        {
            Snackbar.Add(L["Thread.Gone"], Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }
}
