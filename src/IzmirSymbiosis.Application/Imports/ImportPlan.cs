using System.Globalization;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using L = IzmirSymbiosis.Application.Imports.ImportLayout;

namespace IzmirSymbiosis.Application.Imports;

/// <summary>
/// One import worked out against one context: checks every row, applies the rows to tracked
/// entities (new firms and streams added, existing ones changed only where a value differs) and
/// records the re-match requests. The caller saves the context (commit) or drops it (preview).
/// </summary>
internal sealed class ImportPlan(IAppDbContext db, UserContext user, TimeProvider clock)
{
    // A stand-in VKN (valid check digit) for checking a new firm's other fields against the domain's rules.
    private static readonly string s_probeVkn = string.Create(CultureInfo.InvariantCulture, $"100000000{Vkn.ComputeCheckDigit("100000000")}");

    private static readonly Dictionary<string, string> s_columnOfField = new(StringComparer.Ordinal)
    {
        [nameof(Company.LegalName)] = L.Name,
        [nameof(Company.NaceCode)] = L.Nace,
        [nameof(Company.District)] = L.District,
        [nameof(Company.Address)] = L.Address,
        [nameof(ResourceStream.Description)] = L.Description,
        [nameof(ResourceStream.EwcCode)] = L.Ewc,
        [nameof(Quantity.Amount)] = L.Amount,
        [nameof(Quantity.Unit)] = L.Unit,
    };

    private readonly List<ImportRowPreview> _rows = [];
    private readonly Dictionary<string, Company> _companies = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _editable = [];
    private readonly HashSet<Guid> _rematchCompanies = [];
    private List<ImportIssue> _issues = [];
    private Dictionary<string, int> _zones = [];
    private HashSet<string> _naceClasses = [];
    private HashSet<string> _ewcScopes = [];
    private List<ResourceStream> _streams = [];

    public async Task<ImportPreview> BuildAsync(List<(string File, ImportSheet Sheet)> sheets, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        _issues = issues;
        var lists = new List<(ImportSheetKind Kind, string File, ImportSheet Sheet, Dictionary<string, int> Index)>();
        foreach (var (file, sheet) in sheets)
        {
            var kind = L.KindOf(sheet);
            if (kind is null)
            {
                if (sheet.Rows.Count > 0)
                {
                    _issues.Add(new ImportIssue(file, sheet.Name, 1, null, "Import.Sheet.Unknown", [sheet.Name]));
                }

                continue;
            }

            var (index, missing) = L.Map(kind.Value, sheet.Headers);
            _issues.AddRange(missing.Select(m => new ImportIssue(file, sheet.Name, 1, m, "Import.ColumnMissing", [m])));
            if (missing.Count == 0)
            {
                lists.Add((kind.Value, file, sheet, index));
            }
        }

        if (lists.Count == 0 && _issues.Count == 0)
        {
            _issues.Add(new ImportIssue(sheets.FirstOrDefault().File ?? string.Empty, null, 1, null, "Import.File.Empty", []));
        }

        await LoadAsync(lists, cancellationToken);

        // Firms first, so that streams may name firms created by the same import.
        foreach (var list in lists.Where(l => l.Kind == ImportSheetKind.Firms))
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in list.Sheet.Rows)
            {
                Firm(new RowReader(list.File, list.Sheet.Name, row, list.Index), seen);
            }
        }

        foreach (var list in lists.Where(l => l.Kind == ImportSheetKind.Streams))
        {
            var seen = new Dictionary<(Guid, StreamDirection, ResourceKind, string), int>();
            foreach (var row in list.Sheet.Rows)
            {
                Stream(new RowReader(list.File, list.Sheet.Name, row, list.Index), seen);
            }
        }

        var now = clock.GetUtcNow();
        foreach (var company in _rematchCompanies)
        {
            db.RematchRequests.Add(RematchRequest.ForCompany(company, now));
        }

        return new ImportPreview(_rows, _issues);
    }

    private async Task LoadAsync(List<(ImportSheetKind Kind, string File, ImportSheet Sheet, Dictionary<string, int> Index)> lists, CancellationToken cancellationToken)
    {
        var vkns = new HashSet<string>(StringComparer.Ordinal);
        var naces = new HashSet<string>(StringComparer.Ordinal);
        var ewcs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (kind, _, sheet, index) in lists)
        {
            foreach (var row in sheet.Rows)
            {
                var cells = new RowReader(string.Empty, sheet.Name, row, index);
                if (Vkn.TryParse(cells.Text(kind == ImportSheetKind.Firms ? L.TaxNumber : L.FirmTaxNumber), out var vkn))
                {
                    vkns.Add(vkn.Value);
                }

                if (kind == ImportSheetKind.Firms)
                {
                    naces.Add(ImportValues.NaceText(cells.Cell(L.Nace)));
                }
                else if (EwcCode.NormalizeScope(cells.Text(L.Ewc)) is { } scope)
                {
                    ewcs.Add(scope);
                }
            }
        }

        foreach (var company in await db.Companies.Where(c => vkns.Contains(c.TaxNumber)).ToListAsync(cancellationToken))
        {
            _companies[company.TaxNumber] = company;
        }

        var ids = _companies.Values.Select(c => c.Id).ToList();
        _streams = await db.Streams.Where(s => ids.Contains(s.CompanyId) && s.Status != StreamStatus.Closed).ToListAsync(cancellationToken);
        _naceClasses = [.. await db.NaceActivities.Where(n => naces.Contains(n.Code) && n.Level == 4).Select(n => n.Code).ToListAsync(cancellationToken)];
        _ewcScopes =
        [
            .. await db.WasteCodes.Where(w => ewcs.Contains(w.Code)).Select(w => w.Code).ToListAsync(cancellationToken),
            .. await db.WasteCategories.Where(w => ewcs.Contains(w.Code)).Select(w => w.Code).ToListAsync(cancellationToken),
        ];
        _zones = [];
        foreach (var zone in await db.Zones.AsNoTracking().OrderBy(z => z.Id).Select(z => new { z.Id, z.ShortName, z.NameTr, z.NameEn }).ToListAsync(cancellationToken))
        {
            foreach (var name in new[] { zone.ShortName, zone.NameTr, zone.NameEn })
            {
                var key = ImportValues.Key(name);
                if (key.Length > 0)
                {
                    _zones.TryAdd(key, zone.Id);
                }
            }
        }
    }

    private void Firm(RowReader row, Dictionary<string, int> seen)
    {
        var errors = new List<ImportIssue>();
        var vknText = row.Text(L.TaxNumber);
        var vknError = Vkn.Validate(vknText, out var vkn);
        if (vknError is not null)
        {
            errors.Add(row.Issue(L.TaxNumber, vknError));
        }
        else if (seen.TryGetValue(vkn, out var first))
        {
            errors.Add(row.Issue(L.TaxNumber, "Import.DuplicateTaxNumber", vkn, first));
        }
        else
        {
            seen[vkn] = row.Number;
        }

        // (A duplicate row keeps seen[vkn] at the first row: it is reported, never applied.)

        var name = row.Text(L.Name);
        var nace = ImportValues.NaceText(row.Cell(L.Nace));
        var district = row.Text(L.District);
        var address = row.Text(L.Address);
        int? zoneId = null;
        var zoneText = row.Text(L.Zone);
        if (zoneText.Length > 0)
        {
            zoneId = _zones.TryGetValue(ImportValues.Key(zoneText), out var z) ? z : null;
            if (zoneId is null)
            {
                errors.Add(row.Issue(L.Zone, "Import.ZoneUnknown", zoneText));
            }
        }

        SizeBand? size = null;
        if (row.Text(L.Size) is { Length: > 0 } sizeText)
        {
            size = ImportValues.Read<SizeBand>(sizeText);
            if (size is null)
            {
                errors.Add(row.Issue(L.Size, "Import.ValueUnknown", sizeText, ImportValues.Allowed<SizeBand>()));
            }
        }

        var key = vknError is null && seen[vkn] == row.Number ? vkn : null;
        var existing = key is null ? null : _companies.GetValueOrDefault(key);
        if (existing is null)
        {
            NewFirm(row, errors, key, name, nace, district, address, zoneId, size);
        }
        else
        {
            ChangedFirm(row, errors, existing, name, nace, district, address, zoneText.Length > 0 ? zoneId : null, size);
        }
    }

    private void NewFirm(RowReader row, List<ImportIssue> errors, string? vkn, string name, string nace, string district, string address, int? zoneId, SizeBand? size)
    {
        // The same rules as the forms: each field through the domain's setter, all problems at once.
        var probe = new Company("-", s_probeVkn, "01.11", "-", SizeBand.Small);
        Check(errors, row, L.Name, () => probe.Rename(name));
        var naceOk = Check(errors, row, L.Nace, () => probe.SetNace(nace));
        Check(errors, row, L.District, () => probe.SetDistrict(district));
        Check(errors, row, L.Address, () => probe.SetAddress(address, zoneId));
        if (naceOk && !_naceClasses.Contains(probe.NaceCode))
        {
            errors.Add(row.Issue(L.Nace, "Company.NaceUnknown", probe.NaceCode));
        }

        // A new firm is the user's to create only where they could edit it: staff in their zones.
        if (!AccessPolicy.ForCompany(user, Guid.Empty, zoneId).CanEdit() && !errors.Any(e => e.Column == L.Zone))
        {
            errors.Add(row.Issue(L.Zone, zoneId is null ? "Import.ZoneRequired" : "Import.ZoneNotYours"));
        }

        if (errors.Count > 0 || vkn is null)
        {
            Finish(row, ImportSheetKind.Firms, name, errors, ImportAction.Invalid, []);
            return;
        }

        var company = new Company(name, vkn, nace, district, size ?? SizeBand.Small);
        company.SetAddress(address, zoneId);
        db.Companies.Add(company);
        _companies[vkn] = company;
        _editable.Add(company.Id);
        _rematchCompanies.Add(company.Id);
        Finish(row, ImportSheetKind.Firms, company.LegalName, errors, ImportAction.Create, []);
    }

    private void ChangedFirm(RowReader row, List<ImportIssue> errors, Company company, string name, string nace, string district, string address, int? zoneId, SizeBand? size)
    {
        if (!AccessPolicy.ForCompany(user, company.Id, company.ZoneId).CanEdit())
        {
            errors.Add(row.Issue(L.TaxNumber, "Import.FirmNotYours"));
            Finish(row, ImportSheetKind.Firms, name, errors, ImportAction.Invalid, []);
            return;
        }

        // An empty cell keeps the stored value; a different one replaces it, through the domain's setter.
        var changed = new List<string>();
        var naceBefore = company.NaceCode;
        if (name.Length > 0 && name != company.LegalName && Check(errors, row, L.Name, () => company.Rename(name)))
        {
            changed.Add(L.Name);
        }

        if (nace.Length > 0 && nace != company.NaceCode && Check(errors, row, L.Nace, () => company.SetNace(nace)))
        {
            if (!_naceClasses.Contains(company.NaceCode))
            {
                errors.Add(row.Issue(L.Nace, "Company.NaceUnknown", company.NaceCode));
            }

            changed.Add(L.Nace);
        }

        if (district.Length > 0 && district != company.District && Check(errors, row, L.District, () => company.SetDistrict(district)))
        {
            changed.Add(L.District);
        }

        var newZone = zoneId ?? company.ZoneId;
        var newAddress = address.Length > 0 ? address : company.Address;
        if (newZone != company.ZoneId && !AccessPolicy.ForCompany(user, company.Id, newZone).CanEdit())
        {
            errors.Add(row.Issue(L.Zone, "Import.ZoneNotYours"));
        }
        else
        {
            var (zoneChanges, addressChanges) = (newZone != company.ZoneId, newAddress != company.Address);
            if ((zoneChanges || addressChanges) && Check(errors, row, L.Address, () => company.SetAddress(newAddress, newZone)))
            {
                changed.AddRange(zoneChanges ? [L.Zone] : []);
                changed.AddRange(addressChanges ? [L.Address] : []);
            }
        }

        if (size is { } s && s != company.SizeBand)
        {
            company.SetSize(s);
            changed.Add(L.Size);
        }

        _editable.Add(company.Id);
        if (company.NaceCode != naceBefore)
        {
            _rematchCompanies.Add(company.Id);
        }

        Finish(row, ImportSheetKind.Firms, company.LegalName, errors, changed.Count > 0 ? ImportAction.Update : ImportAction.Unchanged, changed);
    }

    private void Stream(RowReader row, Dictionary<(Guid, StreamDirection, ResourceKind, string), int> seen)
    {
        var errors = new List<ImportIssue>();
        var description = row.Text(L.Description);
        var vknError = Vkn.Validate(row.Text(L.FirmTaxNumber), out var vkn);
        Company? company = null;
        if (vknError is not null)
        {
            errors.Add(row.Issue(L.FirmTaxNumber, vknError));
        }
        else if (!_companies.TryGetValue(vkn, out company))
        {
            errors.Add(row.Issue(L.FirmTaxNumber, "Import.FirmUnknown", vkn));
        }
        else if (!_editable.Contains(company.Id) && !AccessPolicy.ForCompany(user, company.Id, company.ZoneId).CanEdit())
        {
            errors.Add(row.Issue(L.FirmTaxNumber, "Import.FirmNotYours"));
            company = null;
        }

        var direction = Choice<StreamDirection>(row, L.Direction, errors);
        var kind = Choice<ResourceKind>(row, L.Kind, errors);
        var unit = Choice<QuantityUnit>(row, L.Unit, errors);
        var period = Choice<QuantityPeriod>(row, L.Period, errors);
        var amountCell = row.Cell(L.Amount);
        var amount = ImportValues.Number(amountCell);
        if (amountCell.IsEmpty)
        {
            errors.Add(row.Issue(L.Amount, "Import.Required"));
        }
        else if (amount is null)
        {
            errors.Add(row.Issue(L.Amount, "Import.NumberFormat", amountCell.Text));
        }

        Quantity? quantity = null;
        if (amount is { } a && unit is { } u && period is { } p)
        {
            try
            {
                quantity = new Quantity(a, u, p);
            }
            catch (DomainException e)
            {
                errors.Add(row.Issue(L.Amount, e.Code, e.Args));
            }
        }

        var ewcText = row.Text(L.Ewc);
        if (EwcCode.NormalizeScope(ewcText) is { } scope && !_ewcScopes.Contains(scope))
        {
            errors.Add(row.Issue(L.Ewc, "Stream.EwcUnknown", EwcCode.Display(scope)));
        }

        if (direction is not { } d || kind is not { } k || quantity is null)
        {
            // The rest of the domain's checks need these; the description and code are still checked.
            var probe = Probe(direction ?? StreamDirection.Offer, kind ?? ResourceKind.Material);
            Check(errors, row, L.Description, () => probe.Describe(description, null));
            Check(errors, row, L.Ewc, () => probe.Describe("-", ewcText));
            Finish(row, ImportSheetKind.Streams, description, errors, ImportAction.Invalid, []);
            return;
        }

        var key = (company?.Id ?? Guid.Empty, d, k, TurkishText.ToLower(description.Trim()));
        if (company is not null && seen.TryGetValue(key, out var first))
        {
            errors.Add(row.Issue(L.Description, "Import.DuplicateStream", first));
        }
        else
        {
            seen[key] = row.Number;
        }

        var matches = company is null ? [] : _streams.Where(s => s.CompanyId == company.Id && s.Direction == d && s.Kind == k && TurkishText.ToLower(s.Description) == key.Item4).ToList();
        if (matches.Count > 1)
        {
            errors.Add(row.Issue(L.Description, "Import.StreamAmbiguous", matches.Count));
        }

        var stream = matches.Count == 1 ? matches[0] : null;
        var changed = new List<string>();
        if (stream is null)
        {
            var created = Probe(d, k);
            Check(errors, row, L.Description, () => created.Describe(description, null));
            Check(errors, row, L.Ewc, () => created.Describe(created.Description, ewcText));
            Check(errors, row, L.Unit, () => created.SetQuantity(quantity));
            if (errors.Count == 0 && company is not null)
            {
                created = new ResourceStream(company.Id, d, k, description, quantity);
                created.Describe(description, ewcText);
                created.SetStatus(StreamStatus.Active);
                db.Streams.Add(created);
                db.RematchRequests.Add(RematchRequest.ForStream(created.Id, company.Id, clock.GetUtcNow()));
                _streams.Add(created);
            }

            Finish(row, ImportSheetKind.Streams, description, errors, errors.Count == 0 ? ImportAction.Create : ImportAction.Invalid, []);
            return;
        }

        var ewcNew = string.IsNullOrWhiteSpace(ewcText) ? null : EwcCode.NormalizeScope(ewcText) ?? ewcText;
        var (descriptionChanges, ewcChanges) = (description.Trim() != stream.Description, ewcNew != stream.EwcScope);
        if ((descriptionChanges || ewcChanges) && Check(errors, row, L.Description, () => stream.Describe(description, ewcText)))
        {
            changed.AddRange(descriptionChanges ? [L.Description] : []);
            changed.AddRange(ewcChanges ? [L.Ewc] : []);
        }

        if (quantity != stream.Quantity && Check(errors, row, L.Unit, () => stream.SetQuantity(quantity)))
        {
            changed.Add(L.Amount);
        }

        if (changed.Count > 0 && errors.Count == 0)
        {
            db.RematchRequests.Add(RematchRequest.ForStream(stream.Id, stream.CompanyId, clock.GetUtcNow()));
        }

        Finish(row, ImportSheetKind.Streams, description, errors, changed.Count > 0 ? ImportAction.Update : ImportAction.Unchanged, changed);
    }

    // A stream of the kind with a unit that suits it, on which the row's values are tried.
    private static ResourceStream Probe(StreamDirection direction, ResourceKind kind) =>
        new(Guid.Empty, direction, kind, "-", new Quantity(1, Enum.GetValues<QuantityUnit>().First(u => Quantity.IsAllowedFor(kind, u)), QuantityPeriod.OneOff));

    private static T? Choice<T>(RowReader row, string column, List<ImportIssue> errors)
        where T : struct, Enum
    {
        var text = row.Text(column);
        var value = ImportValues.Read<T>(text);
        if (value is null)
        {
            errors.Add(text.Length == 0
                ? row.Issue(column, "Import.Required")
                : row.Issue(column, "Import.ValueUnknown", text, ImportValues.Allowed<T>()));
        }

        return value;
    }

    private static bool Check(List<ImportIssue> errors, RowReader row, string column, Action apply)
    {
        try
        {
            apply();
            return true;
        }
        catch (DomainException e)
        {
            // The domain names the field it refused; its column, or the one the caller expects.
            var at = e.Field is { } field && s_columnOfField.TryGetValue(field, out var c) ? c : column;
            if (!errors.Any(x => x.Column == at))
            {
                errors.Add(row.Issue(at, e.Code, e.Args));
            }

            return false;
        }
    }

    private void Finish(RowReader row, ImportSheetKind sheet, string title, List<ImportIssue> errors, ImportAction action, List<string> changed)
    {
        _issues.AddRange(errors);
        _rows.Add(new ImportRowPreview(sheet, row.Number, row.Text(sheet == ImportSheetKind.Firms ? L.TaxNumber : L.FirmTaxNumber), title,
            errors.Count > 0 ? ImportAction.Invalid : action, errors.Count > 0 ? [] : changed));
    }

    /// <summary>The cells of a row by column header.</summary>
    private sealed class RowReader(string file, string sheet, ImportRow row, Dictionary<string, int> index)
    {
        public int Number => row.Number;

        public ImportCell Cell(string column) =>
            index.TryGetValue(column, out var at) && at < row.Cells.Count ? row.Cells[at] : ImportCell.Empty;

        public string Text(string column) => Cell(column).Text;

        public ImportIssue Issue(string column, string code, params object[] args) => new(file, sheet, row.Number, column, code, args);
    }
}
