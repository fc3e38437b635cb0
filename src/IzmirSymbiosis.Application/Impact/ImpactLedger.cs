using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Impact;

/// <summary>
/// Writes ledger records on the caller's context, so they are saved in the caller's transaction:
/// the forecast with the move to Proposed, the verified figures with the expert's verification
/// (<see cref="Exchanges.ExchangeService"/>), a recompute with its audit row. The current factor set
/// is marked as in use first (which locks its row: an admin's edit of its rows waits, then is refused
/// by the database), then its rows are read and copied into the record.
/// </summary>
public static class ImpactLedger
{
    /// <summary>
    /// Records the figures of <paramref name="exchange"/> on <paramref name="basis"/> with the current
    /// factor set: the agreed quantity for a forecast, the verified delivered quantity otherwise, or
    /// <paramref name="inputs"/> when given (a recompute). Returns null when there is nothing to
    /// compute from (no quantity yet) or no factor set exists (a database never seeded).
    /// </summary>
    public static async Task<ImpactRecord?> RecordAsync(
        IAppDbContext db, Exchange exchange, ImpactBasis basis, ImpactRecordReason reason, Guid? userId, DateTimeOffset now,
        CancellationToken cancellationToken, ImpactInputs? inputs = null, Guid? supersedesId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(exchange);
        inputs ??= await InputsAsync(db, exchange, basis, cancellationToken);
        if (inputs is null)
        {
            return null;
        }

        var setId = await FactorSetService.Newest(db.FactorSets).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (setId is not { } id)
        {
            return null;
        }

        // Only the first use writes: a WHERE on NULL never meets the trigger that freezes a used set.
        await db.FactorSets.Where(s => s.Id == id && s.InUseSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InUseSince, now), cancellationToken);
        var set = await db.FactorSets.AsNoTracking().Include(s => s.Rows).FirstAsync(s => s.Id == id, cancellationToken);
        var result = ImpactCalculator.Calculate(inputs, set.Rows.Select(FactorRowUsed.Of));
        var record = ImpactRecord.Of(exchange.Id, result, set, reason, userId, now, supersedesId);
        db.ImpactRecords.Add(record);
        return record;
    }

    /// <summary>
    /// Records a new figure when the exchange's inputs of <paramref name="basis"/> differ from those of
    /// its latest record (a changed quantity, route or transport), naming that record as superseded;
    /// returns null when nothing changed or there is nothing to compute from.
    /// </summary>
    public static async Task<ImpactRecord?> RecordIfChangedAsync(
        IAppDbContext db, Exchange exchange, ImpactBasis basis, ImpactRecordReason reason, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(exchange);
        var inputs = await InputsAsync(db, exchange, basis, cancellationToken);
        if (inputs is null)
        {
            return null;
        }

        var latest = await db.ImpactRecords.AsNoTracking().Where(r => r.ExchangeId == exchange.Id && r.Basis == basis)
            .OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

        // Money, jobs and processing energy entered by an expert stay as they were, and so does the
        // material profile while the waste code is the same (an expert may have chosen it).
        var previous = latest?.Inputs();
        if (previous is not null)
        {
            inputs = inputs with
            {
                MaterialProfile = previous.EwcCode == inputs.EwcCode ? previous.MaterialProfile : inputs.MaterialProfile,
                ProcessingMWhPerTonne = previous.ProcessingMWhPerTonne,
                CostSavingsTry = previous.CostSavingsTry,
                NewRevenueTry = previous.NewRevenueTry,
                InvestmentTry = previous.InvestmentTry,
                Jobs = previous.Jobs,
            };
        }

        return previous == inputs ? null : await RecordAsync(db, exchange, basis, reason, userId, now, cancellationToken, inputs, latest?.Id);
    }

    /// <summary>The inputs of an exchange as stored now; null when the quantity of <paramref name="basis"/> is not known yet.</summary>
    public static async Task<ImpactInputs?> InputsAsync(IAppDbContext db, Exchange exchange, ImpactBasis basis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(exchange);
        (decimal Amount, QuantityUnit Unit, QuantityPeriod Period)? quantity = basis == ImpactBasis.Forecast
            ? exchange.AgreedQuantity is { } agreed ? (agreed.Amount, agreed.Unit, agreed.Period) : null
            : exchange.VerifiedAmount is { } amount && exchange.VerifiedUnit is { } unit ? (amount, unit, QuantityPeriod.OneOff) : null;
        if (quantity is not { } q)
        {
            return null;
        }

        var offer = await db.Streams.AsNoTracking().Where(s => s.Id == exchange.OfferStreamId)
            .Select(s => new { s.Kind, s.EwcCode, s.Description }).FirstAsync(cancellationToken);
        var donorNace = await db.Companies.Where(c => c.Id == exchange.DonorCompanyId).Select(c => c.NaceCode).FirstOrDefaultAsync(cancellationToken);
        var profile = offer.Kind == ResourceKind.Material ? await ProfileAsync(db, offer.EwcCode, offer.Description, donorNace, cancellationToken) : null;
        return new ImpactInputs(
            basis, q.Amount, q.Unit, q.Period, offer.Kind, offer.EwcCode, profile,
            exchange.Route ?? ExchangeRoute.NonWaste, exchange.RecoveryOperation, exchange.TransportMode ?? TransportMode.None, exchange.DistanceKm);
    }

    /// <summary>
    /// The material profile of a stream: the first profile (in table order) whose indicative codes
    /// list its waste code, as the matching engine's CO2e estimate picks it
    /// (<c>MatchingKnowledge.Co2eSavingPerTonne</c>); else the first profile of the material group the
    /// engine's lexicon reads in the stream's own description (ambiguous words read in the context of
    /// the code and the donor's NACE class); null when neither gives one. Unlike the engine, the
    /// official text of the code is not read: generic words there ("spent", "residues") name food
    /// groups for grinding bodies and contaminated packaging, and a ledger figure must not rest on that.
    /// </summary>
    public static async Task<string?> ProfileAsync(IAppDbContext db, string? ewcCode, string? description, string? donorNace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var profiles = await db.MaterialEmissionProfiles.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        if (ewcCode is { Length: 6 } code
            && profiles.FirstOrDefault(p => p.IndicativeEwcCodes.Split(' ').Contains(code, StringComparer.Ordinal)) is { } listed)
        {
            return FactorKeys.ProfileKey(listed);
        }

        foreach (var key in TextAnalyzer.Concepts(description, WordContext.Of(ewcCode, donorNace)))
        {
            if (MaterialLexicon.Find(key)?.MaterialGroup is { } group
                && profiles.FirstOrDefault(p => string.Equals(p.MaterialGroup, group, StringComparison.Ordinal)) is { } grouped)
            {
                return FactorKeys.ProfileKey(grouped);
            }
        }

        return null;
    }
}
