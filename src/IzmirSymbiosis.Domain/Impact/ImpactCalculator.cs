using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.Impact;

/// <summary>
/// The impact formula (DESIGN.md §6), pure and deterministic: decimal arithmetic, every step's
/// result rounded to <see cref="Decimals"/> decimals (midpoint away from zero) before the next
/// step uses it, so recomputing from the stored inputs and rows gives the same digits.
/// <para>
/// Formula <see cref="FormulaVersion"/>, for a mass of material Q (t; per year for a forecast):
/// tonnes diverted = Q on a waste-recovery or by-product route; virgin material substituted = Q
/// (1:1) unless energy recovery (R1); CO2e avoided = substitution + avoided disposal − transport −
/// processing, with substitution = Q × UK DESNZ (primary − closed-loop secondary input) and
/// avoided disposal = Q × UK DESNZ landfill; where the UK table has no substitution saving for the
/// profile, Q × US EPA WARM (landfill − recovery) instead and no disposal term (WARM includes it:
/// the two are never added, ../shared/data/SOURCES.md); R1 counts only the avoided landfill;
/// transport = Q × km × factor of the mode (combined counted as road); processing = Q × MWh/t ×
/// Türkiye's grid factor. An energy stream (MWh) counts the grid electricity it replaces; a water
/// stream counts m³. Money and jobs are carried over as given. When no saving is known (no
/// material profile, a water stream) the net CO2e is not computed (null), never transport alone.
/// </para>
/// </summary>
public static class ImpactCalculator
{
    /// <summary>The version of the formula, stored with every figure.</summary>
    public const string FormulaVersion = "impact-1";

    /// <summary>Decimals every step is rounded to.</summary>
    public const int Decimals = 3;

    /// <summary>MWh per GJ as used here (1/3.6, to six decimals).</summary>
    public const decimal MegawattHoursPerGigajoule = 0.277778m;

    /// <summary>Computes the figures of <paramref name="inputs"/> with the factor rows <paramref name="rows"/> (a set's rows or a stored copy).</summary>
    public static ImpactResult Calculate(ImpactInputs inputs, IEnumerable<FactorRowUsed> rows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(rows);
        var byKey = new Dictionary<string, FactorRowUsed>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            byKey.TryAdd(r.Key, r);
        }

        return new Run(inputs, byKey).Calculate();
    }

    /// <summary>Rounds as every step does.</summary>
    public static decimal Round(decimal value) => decimal.Round(value, Decimals, MidpointRounding.AwayFromZero);

    private sealed class Run(ImpactInputs inputs, Dictionary<string, FactorRowUsed> rows)
    {
        private readonly List<ImpactStep> _steps = [];
        private readonly List<ImpactNote> _notes = [];
        private readonly Dictionary<string, FactorRowUsed> _used = new(StringComparer.Ordinal);
        private readonly QuantityPeriod? _per = inputs.Basis == ImpactBasis.Forecast ? QuantityPeriod.PerYear : null;

        public ImpactResult Calculate()
        {
            var dimension = Quantity.DimensionOf(inputs.Unit);
            var q = BaseQuantity(out var symbol);
            decimal diverted = 0, virgin = 0, substitution = 0, disposal = 0, transport = 0, processing = 0, water = 0, energy = 0;
            var terms = new List<StepOperand>();
            if (dimension == Dimension.Mass)
            {
                var wasteRoute = inputs.Route is ExchangeRoute.WasteRecovery or ExchangeRoute.ByProduct;
                var energyRecovery = string.Equals(inputs.RecoveryOperation, "R1", StringComparison.Ordinal);
                if (wasteRoute)
                {
                    diverted = Same(ImpactTerm.TonnesDiverted, q, symbol);
                    if (energyRecovery)
                    {
                        _notes.Add(ImpactNote.EnergyRecoveryNoSubstitution);
                    }
                    else
                    {
                        virgin = Same(ImpactTerm.VirginMaterial, q, symbol);
                        _notes.Add(ImpactNote.OneToOneSubstitution);
                    }
                }
                else
                {
                    _notes.Add(ImpactNote.NonWasteRoute);
                }

                (substitution, disposal) = MaterialSaving(q, energyRecovery, terms);
                transport = Transport(q);
                processing = Processing(q);
            }
            else if (dimension == Dimension.Energy)
            {
                energy = Same(ImpactTerm.Energy, q, symbol);
                if (inputs.Kind == ResourceKind.Energy && Factor(FactorKeys.GridTurkiye) is { } grid)
                {
                    substitution = Product(ImpactTerm.AvoidedGridElectricity, Amount(q, symbol), Of(grid));
                    terms.Add(new StepOperand(substitution, "t CO2e", _per));
                    _notes.Add(ImpactNote.EnergyDisplacesGridElectricity);
                }
            }
            else if (dimension == Dimension.Volume && inputs.Kind == ResourceKind.Water)
            {
                water = Same(ImpactTerm.Water, q, symbol);
            }
            else
            {
                _notes.Add(ImpactNote.NotMass);
            }

            if (transport != 0)
            {
                terms.Add(new StepOperand(transport, "t CO2e", _per, Sign: -1));
            }

            if (processing != 0)
            {
                terms.Add(new StepOperand(processing, "t CO2e", _per, Sign: -1));
            }

            // Without a known saving there is no net figure: transport alone is not "CO2e avoided".
            decimal? net = null;
            if (terms.Any(t => t.Sign > 0))
            {
                net = Round(terms.Sum(t => t.Sign * t.Value));
                _steps.Add(new ImpactStep(ImpactTerm.Co2eAvoided, StepOperation.Sum, terms, net.Value, "t CO2e", _per));
            }
            else
            {
                _notes.Add(ImpactNote.Co2eNotComputed);
            }

            if (inputs.CostSavingsTry is null && inputs.NewRevenueTry is null && inputs.InvestmentTry is null && inputs.Jobs is null)
            {
                _notes.Add(ImpactNote.EconomicNotGiven);
            }

            var figures = new ImpactFigures(
                diverted, virgin, substitution, disposal, transport, processing, net, water, energy,
                inputs.CostSavingsTry, inputs.NewRevenueTry, inputs.InvestmentTry, inputs.Jobs);
            return new ImpactResult(FormulaVersion, inputs, [.. _used.Values.OrderBy(r => r.Key, StringComparer.Ordinal)], _steps, _notes.Distinct().ToList(), figures);
        }

        /// <summary>The quantity in t, m³ or MWh; per year for a forecast.</summary>
        private decimal BaseQuantity(out string symbol)
        {
            var (unitSymbol, toBase, baseSymbol) = inputs.Unit switch
            {
                QuantityUnit.Kilogram => ("kg", 0.001m, "t"),
                QuantityUnit.Tonne => ("t", 1m, "t"),
                QuantityUnit.Litre => ("L", 0.001m, "m³"),
                QuantityUnit.CubicMetre => ("m³", 1m, "m³"),
                QuantityUnit.KilowattHour => ("kWh", 0.001m, "MWh"),
                QuantityUnit.MegawattHour => ("MWh", 1m, "MWh"),
                QuantityUnit.Gigajoule => ("GJ", MegawattHoursPerGigajoule, "MWh"),
                QuantityUnit.Piece => ("adet", 1m, "adet"),
                QuantityUnit.Hour => ("h", 1m, "h"),
                QuantityUnit.SquareMetre => ("m²", 1m, "m²"),
                _ => throw new ArgumentOutOfRangeException(nameof(inputs), inputs.Unit, null),
            };
            symbol = baseSymbol;
            var period = inputs.Basis == ImpactBasis.Forecast && inputs.Period != QuantityPeriod.OneOff ? inputs.Period : (QuantityPeriod?)null;
            var q = inputs.Amount;
            if (toBase != 1m)
            {
                q = Product(ImpactTerm.Quantity, [new StepOperand(q, unitSymbol, period), new StepOperand(toBase, $"{baseSymbol}/{unitSymbol}")], baseSymbol, period, kilograms: false);
            }

            if (period is { } p && p != QuantityPeriod.PerYear)
            {
                var perYear = p switch
                {
                    QuantityPeriod.PerDay => 365m,
                    QuantityPeriod.PerWeek => 52m,
                    _ => 12m,
                };
                q = Product(ImpactTerm.AnnualQuantity, [new StepOperand(q, baseSymbol, p), new StepOperand(perYear, string.Empty, p, PeriodsPerYear: true)], baseSymbol, QuantityPeriod.PerYear, kilograms: false);
            }

            return q;
        }

        private (decimal Substitution, decimal Disposal) MaterialSaving(decimal q, bool energyRecovery, List<StepOperand> terms)
        {
            if (inputs.Route == ExchangeRoute.NonWaste)
            {
                return (0, 0);
            }

            if (inputs.MaterialProfile is not { } profile)
            {
                _notes.Add(ImpactNote.NoMaterialProfile);
                return (0, 0);
            }

            var sub = Factor(FactorKeys.Substitution(profile), track: false);
            var landfill = Factor(FactorKeys.Landfill(profile), track: false);
            var warm = Factor(FactorKeys.Warm(profile), track: false);
            decimal substitution = 0, disposal = 0;
            if (energyRecovery)
            {
                // Energy recovery replaces no material; only the avoided landfill counts.
            }
            else if (sub is { Value: > 0 })
            {
                substitution = Product(ImpactTerm.Substitution, Amount(q, "t"), Of(Use(sub)));
                terms.Add(new StepOperand(substitution, "t CO2e", _per));
            }
            else if (warm is { Value: > 0 })
            {
                // WARM's net factor already includes the avoided landfill and virgin production.
                substitution = Product(ImpactTerm.WarmNet, Amount(q, "t"), Of(Use(warm)));
                terms.Add(new StepOperand(substitution, "t CO2e", _per));
                _notes.Add(ImpactNote.WarmIncludesDisposal);
                return (substitution, 0);
            }

            if (landfill is { Value: > 0 })
            {
                disposal = Product(ImpactTerm.AvoidedDisposal, Amount(q, "t"), Of(Use(landfill)));
                terms.Add(new StepOperand(disposal, "t CO2e", _per));
            }

            if (substitution == 0 && disposal == 0)
            {
                _notes.Add(ImpactNote.NoMaterialProfile);
            }

            return (substitution, disposal);
        }

        private decimal Transport(decimal q)
        {
            var key = inputs.TransportMode switch
            {
                TransportMode.Road or TransportMode.Combined => FactorKeys.TransportRoad,
                TransportMode.Rail => FactorKeys.TransportRail,
                TransportMode.Sea => FactorKeys.TransportSea,
                _ => null,
            };
            if (key is null)
            {
                _notes.Add(ImpactNote.NoTransport);
                return 0;
            }

            if (inputs.DistanceKm is not { } km || km <= 0)
            {
                _notes.Add(ImpactNote.NoDistance);
                return 0;
            }

            if (inputs.TransportMode == TransportMode.Combined)
            {
                _notes.Add(ImpactNote.CombinedTransportAsRoad);
            }

            return Factor(key) is { } f
                ? Product(ImpactTerm.Transport, Amount(q, "t"), new StepOperand(km, "km"), Of(f))
                : 0;
        }

        private decimal Processing(decimal q)
        {
            if (inputs.ProcessingMWhPerTonne is not { } perTonne || perTonne <= 0)
            {
                return 0;
            }

            return Factor(FactorKeys.GridTurkiye) is { } grid
                ? Product(ImpactTerm.Processing, Amount(q, "t"), new StepOperand(perTonne, "MWh/t"), Of(grid))
                : 0;
        }

        private FactorRowUsed? Factor(string key, bool track = true)
        {
            if (!rows.TryGetValue(key, out var row))
            {
                if (track)
                {
                    _notes.Add(ImpactNote.FactorMissing);
                }

                return null;
            }

            return track ? Use(row) : row;
        }

        private FactorRowUsed Use(FactorRowUsed row)
        {
            _used.TryAdd(row.Key, row);
            return row;
        }

        private StepOperand Amount(decimal q, string symbol) => new(q, symbol, _per);

        private static StepOperand Of(FactorRowUsed row) => new(row.Value, row.Unit, FactorKey: row.Key);

        private decimal Same(ImpactTerm term, decimal q, string symbol)
        {
            _steps.Add(new ImpactStep(term, StepOperation.Same, [new StepOperand(q, symbol, _per)], q, symbol, _per));
            return q;
        }

        /// <summary>A product whose last operand is a factor in kg CO2e per unit: the result is in t CO2e.</summary>
        private decimal Product(ImpactTerm term, params StepOperand[] operands) =>
            Product(term, operands, "t CO2e", _per, kilograms: true);

        private decimal Product(ImpactTerm term, StepOperand[] operands, string resultSymbol, QuantityPeriod? per, bool kilograms)
        {
            var value = operands.Aggregate(1m, (acc, o) => acc * o.Value);
            var result = Round(kilograms ? value / 1000m : value);
            _steps.Add(new ImpactStep(term, StepOperation.Product, operands, result, resultSymbol, per));
            return result;
        }
    }
}
