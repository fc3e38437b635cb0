namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>The hard filter that dropped a pair (in the order the scorer applies them).</summary>
public enum PairFilter
{
    /// <summary>No hard filter drops the pair.</summary>
    None,

    /// <summary>Offer and need belong to the same company.</summary>
    SameCompany,

    /// <summary>Different kind of resource, or units that cannot be compared.</summary>
    KindOrUnit,

    /// <summary>Hazardous waste to a firm without a valid permit covering its code.</summary>
    HazardousWithoutPermit,

    /// <summary>The availability windows do not overlap.</summary>
    NoCommonPeriod,

    /// <summary>A hard incompatibility of the material model (see <see cref="Knowledge.Materials.MaterialCatalog"/>).</summary>
    MaterialIncompatible,

    /// <summary>Material compatibility under <see cref="MatchingOptions.MinMaterialScore"/>.</summary>
    MaterialTooWeak,

    /// <summary>Road distance over the smaller of the parties' transport limits.</summary>
    BeyondTransportLimit,

    /// <summary>The law or a standard closes the need's use to the offer (<see cref="Knowledge.UseRestrictions"/>: ash or sewage sludge as feed, soiled drums as a clean grade).</summary>
    UseRestricted,
}

/// <summary>Wording of <see cref="PairFilter"/> values.</summary>
public static class PairFilterText
{
    /// <summary>Turkish and English wording of a filter.</summary>
    public static (string Tr, string En) Of(PairFilter filter) => filter switch
    {
        PairFilter.None => ("eleme yok", "not filtered"),
        PairFilter.SameCompany => ("teklif ve ihtiyaç aynı firmanın", "offer and need belong to the same firm"),
        PairFilter.KindOrUnit => ("kaynak türü veya birim uyuşmuyor", "kind of resource or unit does not match"),
        PairFilter.HazardousWithoutPermit => ("tehlikeli atık, alıcının bu kodu kapsayan geçerli izni yok", "hazardous waste, the receiver holds no valid permit for the code"),
        PairFilter.NoCommonPeriod => ("uygunluk dönemleri örtüşmüyor", "availability windows do not overlap"),
        PairFilter.MaterialIncompatible => ("malzemeler uyumsuz", "materials are incompatible"),
        PairFilter.MaterialTooWeak => ("malzeme uyumu en düşük değerin altında", "material compatibility under the minimum"),
        PairFilter.BeyondTransportLimit => ("mesafe taşıma sınırını aşıyor", "distance beyond the transport limit"),
        PairFilter.UseRestricted => ("ihtiyacın kullanım amacı bu teklife kapalı", "the need's use is closed to this offer"),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };
}
