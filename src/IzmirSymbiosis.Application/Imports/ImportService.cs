using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Imports;

/// <summary>
/// Imports firms and their streams from OIZ spreadsheets (<see cref="ImportLayout"/>): a preview
/// that says per row what would be created, changed or left alone and lists every problem with its
/// row, column and message; and a commit that checks everything again and saves all rows in one
/// transaction, or nothing when any row has a problem. A firm is found by its tax number, a stream
/// by its firm, direction, kind and description; values equal to the stored ones change nothing,
/// so importing the same file twice changes nothing the second time. The rules are the domain's
/// (the same as the forms) and the access rule is <see cref="AccessPolicy"/>'s. Exports write the
/// same lists in the same layout, so an exported file is a valid import.
/// </summary>
public sealed class ImportService(IAppDbContextFactory contexts, ICurrentUser currentUser, IImportFileReader reader, IExportWriter writer, IBackgroundJobs jobs, TimeProvider clock)
{
    /// <summary>Most files in one import (a workbook, or the two CSV lists).</summary>
    public const int MaxFiles = 2;

    /// <summary>What importing <paramref name="files"/> would do; saves nothing.</summary>
    /// <exception cref="ImportRefusedException">The user may not import.</exception>
    public async Task<ImportPreview> PreviewAsync(IReadOnlyList<ImportUpload> files, CancellationToken cancellationToken = default)
    {
        var user = await ImporterAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var (sheets, issues) = Read(files);
        return await new ImportPlan(db, user, clock).BuildAsync(sheets, issues, cancellationToken);
    }

    /// <summary>
    /// Imports <paramref name="files"/>: all rows in one transaction when no row has a problem;
    /// otherwise nothing, and the preview with the problems (<see cref="ImportPreview.Committed"/> false).
    /// </summary>
    /// <exception cref="ImportRefusedException">The user may not import.</exception>
    public async Task<ImportPreview> CommitAsync(IReadOnlyList<ImportUpload> files, CancellationToken cancellationToken = default)
    {
        var user = await ImporterAsync(cancellationToken);
        var (sheets, issues) = Read(files);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var preview = await new ImportPlan(db, user, clock).BuildAsync(sheets, issues, cancellationToken);
        if (preview.Issues.Count > 0 || preview.Creates + preview.Updates == 0)
        {
            return preview;
        }

        try
        {
            // One SaveChanges is one transaction: every firm, stream and re-match request, or none.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone registered one of the tax numbers, or changed one of the firms, since the checks.
            return preview with { Issues = [new ImportIssue(files[0].FileName, null, 1, null, "Import.Conflict", [])] };
        }

        jobs.RematchSoon();
        return preview with { Committed = true };
    }

    /// <summary>
    /// The firms the user sees in full (<see cref="CompanyService.VisibleInFull"/>) and their open
    /// streams in the import layout; with <paramref name="template"/>, the empty layout. A workbook
    /// holds both lists; a CSV file the one <paramref name="list"/> names.
    /// </summary>
    /// <exception cref="ImportRefusedException">The user may not export the lists.</exception>
    public async Task<ExportFile> ExportAsync(ExportFormat format, ImportSheetKind list, bool template, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!AccessPolicy.MayExportFirms(user))
        {
            throw new ImportRefusedException("Import.NotAllowed");
        }

        var day = clock.TodayInTurkey().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var firms = template ? [] : await FirmRowsAsync(user, cancellationToken);
        var streams = template ? [] : await StreamRowsAsync(user, cancellationToken);
        var firmTable = new ExportTable(ImportLayout.FirmsSheet, ImportLayout.FirmColumns, firms);
        var streamTable = new ExportTable(ImportLayout.StreamsSheet, ImportLayout.StreamColumns, streams);
        if (format == ExportFormat.Xlsx)
        {
            return writer.WriteWorkbook(template ? "ice-aktarma-sablonu" : $"firmalar-ve-akislar-{day}", [firmTable, streamTable]);
        }

        var table = list == ImportSheetKind.Firms ? firmTable : streamTable;
        var stem = list == ImportSheetKind.Firms ? "firmalar" : "akislar";
        return writer.Write(table with { FileStem = template ? $"{stem}-sablon" : $"{stem}-{day}" }, ExportFormat.Csv, TurkishText.Culture);
    }

    private async Task<List<IReadOnlyList<object?>>> FirmRowsAsync(UserContext user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rows = await (
            from c in CompanyService.VisibleInFull(db.Companies.AsNoTracking(), user)
            join z in db.Zones on c.ZoneId equals z.Id into zones
            from z in zones.DefaultIfEmpty()
            orderby c.LegalName, c.TaxNumber
            select new { c.TaxNumber, c.LegalName, c.NaceCode, c.District, Zone = z == null ? null : (z.ShortName == "" ? z.NameTr : z.ShortName), c.Address, c.SizeBand })
            .Take(ExportTable.MaxRows)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (IReadOnlyList<object?>)[r.TaxNumber, r.LegalName, r.NaceCode, r.District, r.Zone, r.Address, ImportValues.Write(r.SizeBand)])];
    }

    private async Task<List<IReadOnlyList<object?>>> StreamRowsAsync(UserContext user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rows = await (
            from s in db.Streams.AsNoTracking()
            join c in CompanyService.VisibleInFull(db.Companies.AsNoTracking(), user) on s.CompanyId equals c.Id
            where s.Status != StreamStatus.Closed
            orderby c.LegalName, c.TaxNumber, s.Direction, s.Description
            select new { c.TaxNumber, s.Direction, s.Kind, s.Description, Ewc = s.EwcCode ?? s.EwcPrefix, s.Quantity.Amount, s.Quantity.Unit, s.Quantity.Period })
            .Take(ExportTable.MaxRows)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (IReadOnlyList<object?>)
        [
            r.TaxNumber, ImportValues.Write(r.Direction), ImportValues.Write(r.Kind), r.Description, r.Ewc is null ? null : EwcCode.Display(r.Ewc),
            r.Amount, ImportValues.Write(r.Unit), ImportValues.Write(r.Period),
        ])];
    }

    private async Task<UserContext> ImporterAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return AccessPolicy.MayImportFirms(user) ? user : throw new ImportRefusedException("Import.NotAllowed");
    }

    private (List<(string File, ImportSheet Sheet)> Sheets, List<ImportIssue> Issues) Read(IReadOnlyList<ImportUpload> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sheets = new List<(string, ImportSheet)>();
        var issues = new List<ImportIssue>();
        if (files.Count is 0 or > MaxFiles)
        {
            issues.Add(new ImportIssue(string.Empty, null, 1, null, "Import.File.Count", [MaxFiles]));
            return (sheets, issues);
        }

        foreach (var file in files)
        {
            if (file.Content.LongLength > ImportUpload.MaxBytes)
            {
                issues.Add(new ImportIssue(file.FileName, null, 1, null, "Import.File.TooLarge", [ImportUpload.MaxBytes / 1024 / 1024]));
                continue;
            }

            try
            {
                sheets.AddRange(reader.Read(file).Select(s => (file.FileName, s)));
            }
            catch (ImportFileException e)
            {
                issues.Add(new ImportIssue(file.FileName, null, 1, null, e.Code, []));
            }
        }

        return (sheets, issues);
    }
}
