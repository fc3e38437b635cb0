using IzmirSymbiosis.Web.Components.Shared;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>What the map's script parses: the names and values the JS runtime itself would have written.</summary>
public sealed class ScriptJsonTests
{
    [Fact]
    public void Of_WritesCamelCaseNamesNullsAndNestedLists()
    {
        var json = ScriptJson.Of(new
        {
            Version = 3,
            Firms = new[] { new { Id = Guid.Parse("7f3c2a10-0000-4000-8000-000000000001"), Name = "Ege Çimento", Latitude = 38.75, KindNames = new[] { "Atık", "Isı" } } },
            Stage = (string?)null,
        });

        Assert.Equal(
            """{"version":3,"firms":[{"id":"7f3c2a10-0000-4000-8000-000000000001","name":"Ege \u00C7imento","latitude":38.75,"kindNames":["At\u0131k","Is\u0131"]}],"stage":null}""",
            json);
    }
}
