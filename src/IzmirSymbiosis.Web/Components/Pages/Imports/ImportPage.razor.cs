using IzmirSymbiosis.Application.Imports;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Pages.Imports;

/// <summary>
/// OIZ staff's import and export of firm and stream lists: templates and exports as downloads,
/// an upload shown as a preview (each row's action, each problem at its row and column), and a
/// confirm button that imports everything or, if anything is wrong, nothing.
/// </summary>
public sealed partial class ImportPage
{
    private List<ImportUpload> _files = [];
    private ImportPreview? _preview;
    private bool _busy;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;

    [Inject]
    private ImportService Imports { get; set; } = default!;

    private string FormatsHelp => L["Import.Formats",
        ImportValues.Allowed<StreamDirection>(), ImportValues.Allowed<ResourceKind>(), ImportValues.Allowed<QuantityUnit>(),
        ImportValues.Allowed<QuantityPeriod>(), ImportValues.Allowed<SizeBand>()];

    private async Task ChooseAsync(IReadOnlyList<IBrowserFile>? files)
    {
        if (files is null || files.Count == 0)
        {
            return;
        }

        (_busy, _message, _preview) = (true, null, null);
        try
        {
            var uploads = new List<ImportUpload>();
            foreach (var file in files.Take(ImportService.MaxFiles + 1))
            {
                if (file.Size > ImportUpload.MaxBytes)
                {
                    Show(Severity.Error, L["Import.File.TooLarge", ImportUpload.MaxBytes / 1024 / 1024]);
                    return;
                }

                await using var stream = file.OpenReadStream(ImportUpload.MaxBytes);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                uploads.Add(new ImportUpload(file.Name, buffer.ToArray()));
            }

            _files = uploads;
            _preview = await Imports.PreviewAsync(_files);
        }
        catch (ImportRefusedException e)
        {
            Show(Severity.Error, L[e.ReasonKey]);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CommitAsync()
    {
        _busy = true;
        try
        {
            var result = await Imports.CommitAsync(_files);
            if (result.Committed)
            {
                Show(Severity.Success, L["Import.Committed", result.Creates, result.Updates]);
                (_preview, _files) = (null, []);
            }
            else
            {
                // Something changed since the preview: show the fresh one with its problems.
                _preview = result;
            }
        }
        catch (ImportRefusedException e)
        {
            Show(Severity.Error, L[e.ReasonKey]);
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(Severity severity, string message) => (_messageSeverity, _message) = (severity, message);
}
