using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Impact;

/// <summary>
/// The impact figures the UI reads (DESIGN.md §6): an exchange's ledger through the exchange access
/// rule (<see cref="ExchangeAccess"/>: whoever may not see the exchange gets null, as for "not
/// found"), an estimate for a match on the forecast basis (for the breakdown's "Ekonomi" and
/// "Çevresel fayda"), and the explicit, audited recompute by an expert or admin. Explanations come
/// in the current UI culture's language (Turkish unless it is English).
/// </summary>
public sealed class ImpactService(IAppDbContextFactory contexts, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Largest amount of money accepted, TRY (inside the <c>numeric(20, 3)</c> columns).</summary>
    public const decimal MaxTry = 1_000_000_000_000m;

    /// <summary>The exchange's figures; null when it does not exist or the user may not see it.</summary>
    public async Task<ExchangeImpact?> ForExchangeAsync(Guid exchangeId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var (exchange, relation) = await ExchangeAccess.VisibleWithRelationAsync(db, user, exchangeId, cancellationToken);
        if (exchange is null)
        {
            return null;
        }

        var records = await db.ImpactRecords.AsNoTracking().Where(r => r.ExchangeId == exchangeId)
            .OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var views = records.Select(View).ToList();
        return new ExchangeImpact(
            exchangeId,
            views.FirstOrDefault(v => v.Basis == ImpactBasis.Forecast),
            views.FirstOrDefault(v => v.Basis == ImpactBasis.Verified),
            views,
            MayRecompute(relation));
    }

    /// <summary>
    /// Computes the basis again with the current factor set from the inputs of its latest record (or
    /// from the exchange when it has none yet), with <paramref name="adjustment"/>'s processing
    /// energy, money and jobs when given, and records it as a new record that supersedes the latest
    /// one, with an audit row; earlier records stay as they were. Experts and admins only.
    /// </summary>
    /// <exception cref="NotFoundException">The exchange does not exist or the user may not see it.</exception>
    /// <exception cref="ImpactActionRefusedException">The user is neither an expert nor an admin.</exception>
    /// <exception cref="ValidationFailedException">There is nothing to compute from (<c>Impact.NoQuantity</c>) or no factor set.</exception>
    public async Task<ImpactView> RecomputeAsync(Guid exchangeId, ImpactBasis basis, ImpactAdjustment? adjustment = null, CancellationToken cancellationToken = default)
    {
        Check(adjustment);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await db.InTransactionAsync(
            async () =>
            {
                var (exchange, relation) = await ExchangeAccess.VisibleWithRelationAsync(db, user, exchangeId, cancellationToken);
                if (exchange is null)
                {
                    throw new NotFoundException(nameof(Exchange), exchangeId);
                }

                if (!MayRecompute(relation))
                {
                    throw new ImpactActionRefusedException("Impact.OnlyExpertsRecompute");
                }

                var latest = await db.ImpactRecords.AsNoTracking().Where(r => r.ExchangeId == exchangeId && r.Basis == basis)
                    .OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
                var now = clock.GetUtcNow();
                var inputs = latest?.Inputs() ?? await ImpactLedger.InputsAsync(db, exchange, basis, cancellationToken);
                if (inputs is not null && adjustment is not null)
                {
                    inputs = inputs with
                    {
                        ProcessingMWhPerTonne = adjustment.ProcessingMWhPerTonne,
                        CostSavingsTry = adjustment.CostSavingsTry,
                        NewRevenueTry = adjustment.NewRevenueTry,
                        InvestmentTry = adjustment.InvestmentTry,
                        Jobs = adjustment.Jobs,
                        MaterialProfile = await ChosenProfileAsync(db, adjustment.MaterialProfile, inputs.MaterialProfile, cancellationToken),
                    };
                }

                var record = (inputs is null ? null : await ImpactLedger.RecordAsync(
                    db, exchange, basis, ImpactRecordReason.Recomputed, user.UserId, now, cancellationToken, inputs, latest?.Id))
                    ?? throw new ValidationFailedException([new FieldError(nameof(basis), "Impact.NoQuantity", [])]);
                db.AuditEvents.Add(new AuditEvent(
                    AuditEventTypes.ImpactRecomputed, user.UserId, null,
                    $"exchange {exchangeId}: {basis} recomputed with factor set {record.FactorSetId} v{record.FactorSetVersion}, supersedes {latest?.Id.ToString() ?? "none"}",
                    now));
                await db.SaveChangesAsync(cancellationToken);
                return View(record);
            },
            cancellationToken);
    }

    /// <summary>
    /// The estimate of a match on the forecast basis with the current factor set, from public figures
    /// only: the middle of the offer's yearly quantity band (<see cref="QuantityBand"/>, never the
    /// exact amount), its waste code's material profile, a waste-recovery route for a waste code
    /// (by-product without one; non-waste for energy and water), road transport over the middle of
    /// the distance band (<see cref="DistanceBand"/>) between the two firms when both have a location. Nothing is recorded. Null when the
    /// match does not exist, the user may read neither firm, or no factor set exists.
    /// </summary>
    public async Task<ImpactView?> EstimateForMatchAsync(Guid matchId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.MaySeeFirmData)
        {
            return null;
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken);
        if (match is null)
        {
            return null;
        }

        var firms = await db.Companies.AsNoTracking().Where(c => c.Id == match.OfferCompanyId || c.Id == match.ReceiverCompanyId)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        if (!firms.Values.Any(c => AccessPolicy.ForCompany(user, c.Id, c.ZoneId).CanRead()))
        {
            return null;
        }

        var offer = await db.Streams.AsNoTracking().FirstAsync(s => s.Id == match.OfferId, cancellationToken);
        var set = await FactorSetService.Newest(db.FactorSets.AsNoTracking().Include(s => s.Rows)).FirstOrDefaultAsync(cancellationToken);
        if (set is null)
        {
            return null;
        }

        // Only public figures, as the engine and the anonymised breakdown use them: the middle of the
        // offer's yearly quantity band and of the distance band. The explanation shows the amount and
        // the distance, so a party's exact figures would let an anonymised reader divide them back out.
        var band = QuantityBand.Of(offer.Quantity);
        QuantityUnit? baseUnit = band.Dimension switch
        {
            Dimension.Mass => QuantityUnit.Tonne,
            Dimension.Volume => QuantityUnit.CubicMetre,
            Dimension.Energy => QuantityUnit.MegawattHour,
            Dimension.Count => QuantityUnit.Piece,
            _ => null,
        };
        if (baseUnit is not { } unit)
        {
            return null;
        }

        var route = offer.Kind is ResourceKind.Energy or ResourceKind.Water or ResourceKind.Capacity ? ExchangeRoute.NonWaste
            : offer.EwcCode is null ? ExchangeRoute.ByProduct
            : ExchangeRoute.WasteRecovery;
        int? distance = firms.TryGetValue(match.OfferCompanyId, out var giver) && firms.TryGetValue(match.ReceiverCompanyId, out var receiver)
            && giver.Location is { } from && receiver.Location is { } to
                ? (int)Math.Ceiling(DistanceBand.Of(from.DistanceKmTo(to)).MiddleKm)
                : null;
        var inputs = new ImpactInputs(
            ImpactBasis.Forecast, decimal.Round((decimal)band.Middle, 3), unit, QuantityPeriod.PerYear, offer.Kind, offer.EwcCode,
            offer.Kind == ResourceKind.Material && firms.TryGetValue(match.OfferCompanyId, out var donor)
                ? await ImpactLedger.ProfileAsync(db, offer.EwcCode, offer.Description, donor.NaceCode, cancellationToken)
                : null,
            route,
            null,
            route == ExchangeRoute.NonWaste && offer.Kind != ResourceKind.Material ? TransportMode.None : TransportMode.Road, distance);
        var result = ImpactCalculator.Calculate(inputs, set.Rows.Select(FactorRowUsed.Of));
        return new ImpactView(null, ImpactBasis.Forecast, null, null, set.Id, set.Version, result.FormulaVersion, result.Figures, inputs, result.Rows, Explain(result));
    }

    /// <summary>The profile an expert chose: null keeps <paramref name="current"/>, "" clears it, a key must be a profile of the current set.</summary>
    private static async Task<string?> ChosenProfileAsync(IAppDbContext db, string? chosen, string? current, CancellationToken cancellationToken)
    {
        if (chosen is null)
        {
            return current;
        }

        if (chosen.Length == 0)
        {
            return null;
        }

        var set = await FactorSetService.Newest(db.FactorSets.AsNoTracking().Include(s => s.Rows)).FirstOrDefaultAsync(cancellationToken);
        return set is not null && FactorSetService.ProfilesOf(set).Any(p => p.Key == chosen)
            ? chosen
            : throw new ValidationFailedException([new FieldError(nameof(ImpactAdjustment.MaterialProfile), "Impact.MaterialProfileUnknown", [])]);
    }

    private static void Check(ImpactAdjustment? a)
    {
        if (a is null)
        {
            return;
        }

        var errors = new ErrorCollector();
        Range(nameof(a.ProcessingMWhPerTonne), a.ProcessingMWhPerTonne, 100m, 3);
        Range(nameof(a.CostSavingsTry), a.CostSavingsTry, MaxTry, 2);
        Range(nameof(a.NewRevenueTry), a.NewRevenueTry, MaxTry, 2);
        Range(nameof(a.InvestmentTry), a.InvestmentTry, MaxTry, 2);
        Range(nameof(a.Jobs), a.Jobs, 100_000m, 0);
        errors.ThrowIfAny();

        void Range(string field, decimal? value, decimal max, int decimals)
        {
            if (value is not { } v)
            {
                return;
            }

            if (v < 0 || v > max)
            {
                errors.Add(new FieldError(field, "Impact.ValueRange", [0, max]));
            }
            else if (decimal.Round(v, decimals) != v)
            {
                errors.Add(new FieldError(field, "Impact.ValuePrecision", [decimals]));
            }
        }
    }

    private static bool MayRecompute(ExchangeActor? relation) =>
        relation is ExchangeActor.Expert or ExchangeActor.ProposingExpert or ExchangeActor.Admin;

    private static ImpactView View(ImpactRecord r)
    {
        var result = r.Result();
        return new ImpactView(r.Id, r.Basis, r.Reason, r.RecordedAt, r.FactorSetId, r.FactorSetVersion, r.FormulaVersion, r.Figures, result.Inputs, result.Rows, Explain(result));
    }

    private static IReadOnlyList<string> Explain(ImpactResult result) =>
        ImpactExplanation.Lines(result, turkish: CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en");
}
