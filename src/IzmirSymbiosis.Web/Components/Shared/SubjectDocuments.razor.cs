using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Documents;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Documents;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// The documents of one introduction or exchange, for embedding in its page: the list with
/// download links for everyone the subject's rule lets read, and an upload form (kind, note, file)
/// for those it lets contribute. Errors appear at their field; the list refreshes without a reload.
/// </summary>
public partial class SubjectDocuments
{
    /// <summary>What the file picker offers (the server decides from the content all the same).</summary>
    private const string Accept = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.xlsx,application/pdf,image/png,image/jpeg,image/gif,image/webp,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly Dictionary<string, string> _errors = [];
    private SubjectDocumentList? _list;
    private bool _missing;
    private bool _uploading;
    private DocumentCategory? _category;
    private string? _note;
    private IBrowserFile? _file;
    private MudFileUpload<IBrowserFile>? _upload;

    [Inject]
    private DocumentService Documents { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>What kind of subject.</summary>
    [Parameter, EditorRequired]
    public SubjectKind Kind { get; set; }

    /// <summary>Which introduction or exchange.</summary>
    [Parameter, EditorRequired]
    public Guid SubjectId { get; set; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _list = await Documents.ListAsync(Kind, SubjectId);
        _missing = _list is null;
    }

    private void Choose(IBrowserFile? file)
    {
        _file = file;
        _errors.Remove("File");
    }

    private async Task UploadAsync()
    {
        _errors.Clear();
        if (_file is null)
        {
            _errors["File"] = L["Document.FileRequired"];
            return;
        }

        var max = _list?.MaxBytes ?? Documents.MaxBytes;
        if (_file.Size > max)
        {
            // Refused before a byte crosses the connection.
            _errors["File"] = string.Format(CultureInfo.CurrentCulture, L["Document.TooLarge"], Megabytes(max));
            return;
        }

        _uploading = true;
        StateHasChanged();
        try
        {
            await using var content = _file.OpenReadStream(max);
            await Documents.UploadAsync(Kind, SubjectId, new DocumentUpload(_category, _file.Name, _note), content);
            Snackbar.Add(L["Documents.Uploaded"], Severity.Success);
            (_category, _note, _file) = (null, null, null);
            if (_upload is not null)
            {
                await _upload.ClearAsync();
            }
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors)
            {
                _errors[error.Field] = L.Translate(error);
            }
        }
        catch (NotFoundException)
        {
            Snackbar.Add(L["Documents.NotFound"], Severity.Warning);
        }
        finally
        {
            _uploading = false;
        }

        await LoadAsync();
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorText(string field) => _errors.GetValueOrDefault(field);

    private string Uploader(DocumentView d) =>
        d.UploadedByYou ? L["Documents.By.You"]
        : d.UploadedByYourFirm ? L["Documents.By.YourFirm"]
        : L[$"Documents.By.{d.UploadedBySide}"];

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>A size as people read it, in the UI's language (1,5 MB in Turkish).</summary>
    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes} B"),
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.CurrentCulture) + " KB",
        _ => Megabytes(bytes) + " MB",
    };
}
