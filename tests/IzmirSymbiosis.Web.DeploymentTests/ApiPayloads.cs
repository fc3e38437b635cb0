namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>Request bodies the deployment tests send to the published app's API.</summary>
public static class ApiPayloads
{
    /// <summary>A new need for fly ash (10 01 02), for <c>POST /api/v1/companies/{id}/streams</c>.</summary>
    public static object AshNeed(string description, int tonnesPerYear) => new
    {
        direction = "Need",
        kind = "Material",
        description,
        ewcCode = "10 01 02",
        amount = tonnesPerYear,
        unit = "Tonne",
        period = "PerYear",
        physicalState = "Solid",
    };
}
