namespace IzmirSymbiosis.Domain.Documents;

/// <summary>What a document on an introduction or exchange is.</summary>
public enum DocumentCategory
{
    /// <summary>Analiz raporu: a laboratory analysis of the material.</summary>
    AnalysisReport,

    /// <summary>İzin belgesi: a permit or licence.</summary>
    Permit,

    /// <summary>Fizibilite notu: a feasibility note.</summary>
    FeasibilityNote,

    /// <summary>Fotoğraf: a photo of the material or the site.</summary>
    Photo,

    /// <summary>Diğer: anything else.</summary>
    Other,
}
