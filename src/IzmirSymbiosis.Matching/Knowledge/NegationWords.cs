namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// Folded words that take a material or a content out of a description, shared by the material
/// resolver and <see cref="StatedContent"/> so that both read a refusal or a removal alike.
/// </summary>
internal static class NegationWords
{
    /// <summary>Words that, after “kabul”, refuse what comes before: “küflü balya kabul edilmez”.</summary>
    public static readonly HashSet<string> RefusedAfterKabul = new(StringComparer.Ordinal) { "edilmez", "edilmiyor", "edilmemektedir", "etmiyoruz", "etmeyiz", "yok" };

    /// <summary>Participles that say the word before them was taken out: “yağı alınmış”, “çekirdeği ayrılmış”, “bromlu FR ayıklanmış”.</summary>
    public static readonly HashSet<string> RemovedParticiples = new(StringComparer.Ordinal)
    {
        "alinmis", "ayrilmis", "ayiklanmis", "giderilmis", "uzaklastirilmis", "cikarilmis", "sokulmus",
    };

    /// <summary>Whether a folded word says the word before it was taken out, in Turkish or English (“sökülmüş”, “removed”, “stripped”).</summary>
    public static bool IsRemoval(string token) => RemovedParticiples.Contains(token) || token is "removed" or "separated" or "stripped";
}
