using IzmirSymbiosis.Domain.Exchanges;

namespace IzmirSymbiosis.Application.Dashboard;

/// <summary>How the trends are bucketed.</summary>
public enum DashboardGranularity
{
    /// <summary>Calendar months (Türkiye time).</summary>
    Month,

    /// <summary>Calendar quarters.</summary>
    Quarter,

    /// <summary>Calendar years.</summary>
    Year,
}

/// <summary>
/// What the dashboard shows. Dates are days in Türkiye, both ends included. An exchange's forecast
/// counts in the period it was proposed in, its verified figures in the period it was verified in
/// (the first record of each basis: a recompute does not move figures between periods).
/// </summary>
/// <param name="From">First day, or open.</param>
/// <param name="To">Last day, or open.</param>
/// <param name="Granularity">Buckets of the trends.</param>
/// <param name="ZoneId">Only exchanges with a party firm in this zone.</param>
/// <param name="NaceDivision">Only exchanges whose donor is in this NACE division (two digits).</param>
/// <param name="EwcChapter">Only exchanges whose offer's waste code is in this EWC chapter (two digits).</param>
/// <param name="Stage">Only exchanges now at this stage (the funnel ignores it: it shows every stage).</param>
public sealed record DashboardFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    DashboardGranularity Granularity = DashboardGranularity.Month,
    int? ZoneId = null,
    string? NaceDivision = null,
    string? EwcChapter = null,
    ExchangeStage? Stage = null)
{
    /// <summary>How many filters narrow the exchanges counted (the trends' granularity only groups them).</summary>
    public int ActiveCount() => new object?[] { From, To, ZoneId, NaceDivision, EwcChapter, Stage }.Count(v => v is not null);
}

/// <summary>Sums of the current figures of a set of exchanges on one basis.</summary>
/// <param name="Exchanges">Exchanges with a figure on this basis.</param>
/// <param name="TonnesDiverted">Tonnes diverted from landfill or disposal.</param>
/// <param name="VirginMaterialTonnes">Virgin material substituted, t.</param>
/// <param name="Co2eAvoidedTonnes">Net CO2e avoided, t (exchanges without a known saving count as nothing).</param>
/// <param name="WaterM3">Water reused, m³.</param>
/// <param name="EnergyMWh">Energy reused, MWh.</param>
/// <param name="CostSavingsTry">Cost savings, TRY.</param>
/// <param name="NewRevenueTry">New revenue, TRY.</param>
/// <param name="InvestmentTry">Investment, TRY.</param>
/// <param name="Jobs">Jobs created.</param>
public sealed record DashboardFigures(
    int Exchanges,
    decimal TonnesDiverted,
    decimal VirginMaterialTonnes,
    decimal Co2eAvoidedTonnes,
    decimal WaterM3,
    decimal EnergyMWh,
    decimal CostSavingsTry,
    decimal NewRevenueTry,
    decimal InvestmentTry,
    int Jobs)
{
    /// <summary>Nothing.</summary>
    public static DashboardFigures Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The sum of two sets of figures.</summary>
    public static DashboardFigures operator +(DashboardFigures a, DashboardFigures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(
            a.Exchanges + b.Exchanges, a.TonnesDiverted + b.TonnesDiverted, a.VirginMaterialTonnes + b.VirginMaterialTonnes,
            a.Co2eAvoidedTonnes + b.Co2eAvoidedTonnes, a.WaterM3 + b.WaterM3, a.EnergyMWh + b.EnergyMWh, a.CostSavingsTry + b.CostSavingsTry,
            a.NewRevenueTry + b.NewRevenueTry, a.InvestmentTry + b.InvestmentTry, a.Jobs + b.Jobs);
    }

    /// <summary>Same as <c>+</c>, for languages without operators.</summary>
    public static DashboardFigures Add(DashboardFigures a, DashboardFigures b) => a + b;
}

/// <summary>The programme totals, forecast and verified side by side.</summary>
/// <param name="Forecast">Current forecast figures.</param>
/// <param name="Verified">Current verified figures.</param>
/// <param name="ForecastFirms">Firms party to an exchange with a forecast.</param>
/// <param name="VerifiedFirms">Firms party to a verified exchange.</param>
/// <param name="ForecastZones">Zones of those firms.</param>
/// <param name="VerifiedZones">Zones of those firms.</param>
public sealed record DashboardTotals(
    DashboardFigures Forecast, DashboardFigures Verified, int ForecastFirms, int VerifiedFirms, int ForecastZones, int VerifiedZones);

/// <summary>One row of a breakdown (a zone, a division, a chapter, a stage or a period).</summary>
/// <param name="Key">The zone id, division, chapter, stage name or first day (yyyy-MM-dd); "" for none.</param>
/// <param name="Label">What the reader sees (reference titles in the reader's language; stage names are for the UI to translate).</param>
/// <param name="Forecast">Forecast figures.</param>
/// <param name="Verified">Verified figures.</param>
public sealed record DashboardRow(string Key, string Label, DashboardFigures Forecast, DashboardFigures Verified);

/// <summary>One step of the funnel from matches to verified exchanges.</summary>
/// <param name="Step">The step (see <see cref="DashboardFunnelSteps"/>).</param>
/// <param name="Count">How many reached it.</param>
/// <param name="Conversion">Share of the step before (0–1); null for the first step, when the step before is empty, or when this step is larger (it was also entered from elsewhere).</param>
/// <param name="MedianTime">For an exchange stage: the median time spent in it before moving on (completed stays only), null when none left it.</param>
/// <param name="Left">For an exchange stage: how many stays in it were completed (the median's sample).</param>
public sealed record DashboardFunnelStep(string Step, int Count, double? Conversion, TimeSpan? MedianTime, int Left);

/// <summary>The step names of the funnel.</summary>
public static class DashboardFunnelSteps
{
    /// <summary>Matches stored by the engine.</summary>
    public const string Matches = "Matches";

    /// <summary>Pairs a firm user answered "interested".</summary>
    public const string Interest = "Interest";

    /// <summary>Introductions requested.</summary>
    public const string IntroductionsRequested = "IntroductionsRequested";

    /// <summary>Introductions both firms accepted.</summary>
    public const string IntroductionsAccepted = "IntroductionsAccepted";
}

/// <summary>
/// The funnel: matches → interest → introductions (requested, accepted) → exchanges that reached
/// each stage (<c>Stage.Identified</c> … <c>Stage.Verified</c>), and how many ended rejected or withdrawn.
/// </summary>
/// <param name="Steps">The steps in order.</param>
/// <param name="Rejected">Exchanges rejected.</param>
/// <param name="Withdrawn">Exchanges withdrawn.</param>
public sealed record DashboardFunnel(IReadOnlyList<DashboardFunnelStep> Steps, int Rejected, int Withdrawn);

/// <summary>One material flow: donor division → material family → receiver division, in tonnes.</summary>
/// <param name="DonorDivision">Donor's NACE division.</param>
/// <param name="DonorLabel">Its title.</param>
/// <param name="Material">Material family key (profile group, else EWC chapter, else resource kind).</param>
/// <param name="MaterialLabel">Its name.</param>
/// <param name="ReceiverDivision">Receiver's NACE division.</param>
/// <param name="ReceiverLabel">Its title.</param>
/// <param name="ForecastTonnes">Tonnes diverted, forecast.</param>
/// <param name="VerifiedTonnes">Tonnes diverted, verified.</param>
public sealed record DashboardFlow(
    string DonorDivision, string DonorLabel, string Material, string MaterialLabel, string ReceiverDivision, string ReceiverLabel,
    decimal ForecastTonnes, decimal VerifiedTonnes);

/// <summary>Everything the dashboard shows for one filter.</summary>
/// <param name="Filter">The filter.</param>
/// <param name="WholeRegion">Whether the reader sees the whole region (experts, admins) or their zones (staff).</param>
/// <param name="Totals">Totals.</param>
/// <param name="Trends">One row per period with figures, oldest first.</param>
/// <param name="ByZone">By the donor's zone ("" for firms outside a zone).</param>
/// <param name="ByDivision">By the donor's NACE division.</param>
/// <param name="ByChapter">By the offer's EWC chapter ("" for energy, water and by-products without a code).</param>
/// <param name="ByStage">By the exchange's current stage.</param>
/// <param name="Funnel">The funnel.</param>
/// <param name="Flows">Material flows with tonnes, largest first.</param>
public sealed record DashboardView(
    DashboardFilter Filter,
    bool WholeRegion,
    DashboardTotals Totals,
    IReadOnlyList<DashboardRow> Trends,
    IReadOnlyList<DashboardRow> ByZone,
    IReadOnlyList<DashboardRow> ByDivision,
    IReadOnlyList<DashboardRow> ByChapter,
    IReadOnlyList<DashboardRow> ByStage,
    DashboardFunnel Funnel,
    IReadOnlyList<DashboardFlow> Flows);

/// <summary>A choice of a filter list.</summary>
/// <param name="Key">Zone id, division or chapter.</param>
/// <param name="Label">What the reader sees.</param>
public sealed record DashboardOption(string Key, string Label);

/// <summary>The choices of the filter bar for this reader.</summary>
/// <param name="Zones">Zones (staff: their own).</param>
/// <param name="Divisions">NACE divisions.</param>
/// <param name="Chapters">EWC chapters.</param>
public sealed record DashboardOptions(IReadOnlyList<DashboardOption> Zones, IReadOnlyList<DashboardOption> Divisions, IReadOnlyList<DashboardOption> Chapters);
