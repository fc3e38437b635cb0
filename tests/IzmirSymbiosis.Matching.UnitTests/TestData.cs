using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Matching.UnitTests;

internal static class TestData
{
    private static readonly Lazy<MatchingKnowledge> s_knowledge = new(() =>
    {
        var d = ReferenceDataReader.Load();
        return new MatchingKnowledge(d.WasteCodes, d.WasteCategories, d.NaceActivities, d.RecoveryOperations, d.MaterialEmissionProfiles, d.KnownExchanges);
    });

    public static MatchingKnowledge Knowledge => s_knowledge.Value;

    public static MatchingKnowledge KnowledgeWithoutLibrary() => KnowledgeWith(_ => false);

    /// <summary>Knowledge built without the library exchanges of one case (as leave-one-case-out evaluation builds it).</summary>
    public static MatchingKnowledge KnowledgeWithoutCase(string caseId) => KnowledgeWith(e => e.CaseId != caseId);

    private static MatchingKnowledge KnowledgeWith(Func<KnownExchange, bool> keep)
    {
        var d = ReferenceDataReader.Load();
        return new MatchingKnowledge(d.WasteCodes, d.WasteCategories, d.NaceActivities, d.RecoveryOperations, d.MaterialEmissionProfiles, d.KnownExchanges.Where(keep));
    }

    public static readonly GeoPoint Aliaga = new(38.80, 26.97);
    public static readonly GeoPoint Kemalpasa = new(38.43, 27.42);

    public static MatchCompany Company(string nace, GeoPoint? at, PermitCoverage? permits = null) =>
        new(Guid.NewGuid(), nace, at, permits);

    public static MatchStream Offer(MatchCompany c, string? ewc, string description, double amount = 100, QuantityUnit unit = QuantityUnit.Tonne,
        QuantityPeriod period = QuantityPeriod.PerYear) =>
        new(Guid.NewGuid(), c.Id, StreamDirection.Offer, ResourceKind.Material, ewc, description, amount, unit, period);

    public static MatchStream Need(MatchCompany c, string? ewc, string description, double amount = 100, QuantityUnit unit = QuantityUnit.Tonne,
        QuantityPeriod period = QuantityPeriod.PerYear) =>
        new(Guid.NewGuid(), c.Id, StreamDirection.Need, ResourceKind.Material, ewc, description, amount, unit, period);
}
