using System.Globalization;
using IzmirSymbiosis.Domain.Impact;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Dashboard;

/// <summary>
/// What the programme report of a period prints beyond the dashboard: the verified symbioses one by
/// one and the factor rows behind the figures, under the same reader and scope as <see cref="GetAsync"/>.
/// </summary>
public sealed partial class DashboardService
{
    /// <summary>The most verified symbioses the report lists one by one (the totals still count them all).</summary>
    public const int MaxListed = 500;

    /// <summary>
    /// The programme report of <paramref name="filter"/>: the days [From, To] (both ends included,
    /// open when null) and the dashboard's other choices (zone, donor division, waste chapter,
    /// stage) as the page applies them; the dashboard of that selection, trends bucketed to fit a
    /// page (the filter's granularity is not used), the verified symbioses and the distinct factor
    /// rows of every current record counted.
    /// </summary>
    /// <exception cref="DashboardRefusedException">The user may not see the dashboard.</exception>
    /// <exception cref="Common.ValidationFailedException">The period ends before it starts.</exception>
    public async Task<ProgrammeReportData> ProgrammeAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter = filter with { Granularity = GranularityOf(filter.From, filter.To) };
        var view = await GetAsync(filter, cancellationToken);
        var user = await ReaderAsync(cancellationToken);
        var turkish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rows = SelectedRows(db, user, filter);
        var verified = await rows.Where(r => r.Basis == ImpactBasis.Verified)
            .OrderBy(r => r.At).ThenBy(r => r.ExchangeId)
            .Select(r => new { r.At, r.DonorId, r.DonorDivision, r.ZoneId, r.ReceiverId, r.ReceiverDivision, r.ReceiverZoneId, r.Profile, r.Chapter, r.Kind, r.TonnesDiverted, r.Co2eAvoidedTonnes })
            .Take(MaxListed)
            .ToListAsync(cancellationToken);

        // Only the firms that agreed to be named are named; the others stay their sector and zone.
        var parties = verified.SelectMany(v => new[] { v.DonorId, v.ReceiverId }).Distinct().ToList();
        var named = await db.Companies.AsNoTracking().Where(c => parties.Contains(c.Id) && c.NamingConsentAt != null)
            .ToDictionaryAsync(c => c.Id, c => c.LegalName, cancellationToken);
        var recordIds = rows.Select(r => r.RecordId);
        var records = await db.ImpactRecords.AsNoTracking().Where(x => recordIds.Contains(x.Id)).ToListAsync(cancellationToken);
        var titles = await DashboardTitles.LoadAsync(db, turkish, cancellationToken);

        return new ProgrammeReportData(
            view,
            new ProgrammeSelection(
                filter.ZoneId is { } zone ? titles.Zone(zone) : null,
                filter.NaceDivision is { } division ? $"{division} {titles.Division(division)}" : null,
                filter.EwcChapter is { } chapter ? $"{chapter} {titles.Chapter(chapter)}" : null),
            [.. verified.Select(v => new VerifiedSymbiosis(
                DateOnly.FromDateTime(v.At.ToOffset(Common.TurkeyTime.Offset).DateTime),
                v.DonorDivision, titles.Division(v.DonorDivision), titles.Zone(v.ZoneId),
                v.ReceiverDivision, titles.Division(v.ReceiverDivision), titles.Zone(v.ReceiverZoneId),
                titles.MaterialFamily(v.Profile, v.Chapter, v.Kind).Label, v.TonnesDiverted, v.Co2eAvoidedTonnes)
            {
                DonorName = named.GetValueOrDefault(v.DonorId),
                ReceiverName = named.GetValueOrDefault(v.ReceiverId),
            })],
            [.. records.SelectMany(r => r.Rows())
                .DistinctBy(f => (f.Key, f.Value, f.Unit, f.Source, f.Year))
                .OrderBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Year)]);
    }

    /// <summary>Buckets that keep the trend to a page: months within about a year, quarters within four, else years.</summary>
    private static DashboardGranularity GranularityOf(DateOnly? from, DateOnly? to) =>
        from is { } f && to is { } t
            ? (t.DayNumber - f.DayNumber) switch
            {
                <= 400 => DashboardGranularity.Month,
                <= 1461 => DashboardGranularity.Quarter,
                _ => DashboardGranularity.Year,
            }
            : DashboardGranularity.Year;
}

/// <summary>The programme report of a period.</summary>
/// <param name="View">The dashboard of the period (totals, trends, breakdowns).</param>
/// <param name="Verified">
/// The symbioses verified in the period, oldest first, at most <see cref="DashboardService.MaxListed"/>.
/// A party is named only when its firm agreed to be named (<see cref="Domain.Companies.Company.AgreesToBeNamed"/>);
/// otherwise it is told by its NACE division and zone.
/// </param>
/// <param name="Factors">The distinct factor rows (value, unit, source, year) the counted figures were computed with.</param>
/// <param name="Selection">The names of the dashboard choices the report is limited to (the stage is in <see cref="DashboardView.Filter"/>).</param>
public sealed record ProgrammeReportData(DashboardView View, ProgrammeSelection Selection, IReadOnlyList<VerifiedSymbiosis> Verified, IReadOnlyList<FactorRowUsed> Factors);

/// <summary>What a programme report is limited to besides its period, by name; null where not limited.</summary>
/// <param name="Zone">The zone's name.</param>
/// <param name="Division">The donor NACE division, code and title.</param>
/// <param name="Chapter">The EWC chapter, code and title.</param>
public sealed record ProgrammeSelection(string? Zone, string? Division, string? Chapter);

/// <summary>One verified symbiosis as the programme report lists it; firms are named only with their consent.</summary>
/// <param name="VerifiedOn">The day it was first verified (Türkiye).</param>
/// <param name="DonorDivision">Donor's NACE division.</param>
/// <param name="DonorDivisionLabel">Its title.</param>
/// <param name="DonorZone">Donor's zone name ("outside a zone" when none).</param>
/// <param name="ReceiverDivision">Receiver's NACE division.</param>
/// <param name="ReceiverDivisionLabel">Its title.</param>
/// <param name="ReceiverZone">Receiver's zone name.</param>
/// <param name="Material">Material family.</param>
/// <param name="TonnesDiverted">Verified tonnes diverted.</param>
/// <param name="Co2eAvoidedTonnes">Verified net CO2e avoided, t; null when unknown.</param>
public sealed record VerifiedSymbiosis(
    DateOnly VerifiedOn, string DonorDivision, string DonorDivisionLabel, string DonorZone, string ReceiverDivision, string ReceiverDivisionLabel,
    string ReceiverZone, string Material, decimal TonnesDiverted, decimal? Co2eAvoidedTonnes)
{
    /// <summary>The donor's name when its firm agreed to be named, else null.</summary>
    public string? DonorName { get; init; }

    /// <summary>The receiver's name when its firm agreed to be named, else null.</summary>
    public string? ReceiverName { get; init; }
}
