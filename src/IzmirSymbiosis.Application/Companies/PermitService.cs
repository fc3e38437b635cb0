using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Companies;

/// <summary>A hazardous-waste permit as shown and edited.</summary>
/// <param name="Id">Permit id.</param>
/// <param name="Authority">Issuing authority.</param>
/// <param name="Number">Permit number.</param>
/// <param name="ValidUntil">Last valid day.</param>
/// <param name="WasteCodes">Covered EWC codes or prefixes, digits only.</param>
/// <param name="Operations">Covered R/D operations.</param>
/// <param name="IsValid">Whether it is valid today.</param>
public sealed record PermitView(Guid Id, string Authority, string Number, DateOnly ValidUntil, IReadOnlyList<string> WasteCodes, IReadOnlyList<string> Operations, bool IsValid);

/// <summary>A company's permits, the company version edits start from, and whether the user may edit them.</summary>
public sealed record CompanyPermits(Guid CompanyId, uint Version, bool CanEdit, IReadOnlyList<PermitView> Permits);

/// <summary>What a user fills in for a permit; codes may carry spaces and stars (<c>13 02 05*</c>).</summary>
public sealed record PermitInput(string Authority, string Number, DateOnly? ValidUntil, IReadOnlyList<string> WasteCodes, IReadOnlyList<string> Operations);

/// <summary>
/// Lists and edits a company's hazardous-waste permits under the one access rule of firm data
/// (<see cref="AccessPolicy.ForCompany"/>): readers of the company read them, editors edit them,
/// anyone else gets "not found". Every field is checked before anything is saved; an edit from a
/// stale company version is refused; the company is re-matched after a change.
/// </summary>
public sealed class PermitService(IAppDbContextFactory contexts, ICurrentUser currentUser, IBackgroundJobs jobs, TimeProvider clock)
{
    /// <summary>The company's permits; null when it does not exist or the user may not read it.</summary>
    public async Task<CompanyPermits?> ListAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        if (await db.ReadableAsync(user, companyId, cancellationToken) is not { } readable)
        {
            return null;
        }

        var (company, access) = readable;

        var today = clock.TodayInTurkey();
        return new CompanyPermits(
            company.Id,
            company.Version,
            access.CanEdit(),
            [.. company.Permits.OrderBy(p => p.ValidUntil).ThenBy(p => p.Number, StringComparer.Ordinal)
                .Select(p => new PermitView(p.Id, p.Authority, p.Number, p.ValidUntil, p.WasteCodes, p.Operations, p.IsValidOn(today)))]);
    }

    /// <summary>Adds a permit; returns its id and the company's new version.</summary>
    public async Task<(Guid PermitId, uint Version)> AddAsync(Guid companyId, PermitInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var permitId = Guid.Empty;
        var version = await EditAsync(companyId, null, async (company, hazardous) =>
        {
            var errors = Check(input, hazardous);
            var permit = errors.Try(nameof(PermitInput.Number), () => company.AddPermit(
                input.Authority, input.Number, input.ValidUntil!.Value, input.WasteCodes, input.Operations, hazardous));
            errors.ThrowIfAny();
            permitId = permit!.Id;
            await Task.CompletedTask;
        }, cancellationToken);
        return (permitId, version);
    }

    /// <summary>Changes a permit, from the company version the editor started with; returns the new version.</summary>
    public Task<uint> UpdateAsync(Guid companyId, Guid permitId, uint version, PermitInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return EditAsync(companyId, version, (company, hazardous) =>
        {
            EnsureHolds(company, permitId);
            var errors = Check(input, hazardous);
            errors.Try(nameof(PermitInput.Number), () => company.UpdatePermit(
                permitId, input.Authority, input.Number, input.ValidUntil!.Value, input.WasteCodes, input.Operations, hazardous));
            errors.ThrowIfAny();
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Removes a permit, from the company version the user saw; returns the new version.</summary>
    public Task<uint> RemoveAsync(Guid companyId, Guid permitId, uint version, CancellationToken cancellationToken = default) =>
        EditAsync(companyId, version, (company, _) =>
        {
            EnsureHolds(company, permitId);
            company.RemovePermit(permitId);
            return Task.CompletedTask;
        }, cancellationToken);

    private static void EnsureHolds(Company company, Guid permitId)
    {
        if (company.Permits.All(p => p.Id != permitId))
        {
            throw new NotFoundException("Permit", permitId);
        }
    }

    /// <summary>
    /// Every field on its own, so all problems are reported at once; the whole permit is then
    /// checked again by the company (which adds the rules across fields and permits).
    /// </summary>
    private static ErrorCollector Check(PermitInput input, IReadOnlySet<string> hazardous)
    {
        var errors = new ErrorCollector();
        errors.Try(nameof(PermitInput.Authority), () => HazardousWastePermit.CheckAuthority(input.Authority));
        errors.Try(nameof(PermitInput.Number), () => HazardousWastePermit.CheckNumber(input.Number));
        if (input.ValidUntil is { } until)
        {
            errors.Try(nameof(PermitInput.ValidUntil), () => HazardousWastePermit.CheckValidUntil(until));
        }
        else
        {
            errors.Add(new FieldError(nameof(PermitInput.ValidUntil), "Permit.ValidUntilRequired", []));
        }

        errors.Try(nameof(PermitInput.WasteCodes), () => HazardousWastePermit.CheckWasteCodes(input.WasteCodes, hazardous));
        errors.Try(nameof(PermitInput.Operations), () => HazardousWastePermit.CheckOperations(input.Operations));
        errors.ThrowIfAny();
        return errors;
    }

    private async Task<uint> EditAsync(Guid companyId, uint? version, Func<Company, IReadOnlySet<string>, Task> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var company = await db.EditableAsync(user, companyId, version, cancellationToken);

        var hazardous = (await db.WasteCodes.AsNoTracking().Where(w => w.IsHazardous).Select(w => w.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        try
        {
            await change(company, hazardous);
        }
        catch (DomainException e)
        {
            throw new ValidationFailedException([FieldError.From(e, nameof(Company.Permits))]);
        }

        // What the engine reads changed: the re-match is recorded with the permit and done by the worker.
        db.RematchRequests.Add(RematchRequest.ForCompany(company.Id, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(nameof(Company), companyId);
        }

        jobs.RematchSoon();
        return company.Version;
    }
}
