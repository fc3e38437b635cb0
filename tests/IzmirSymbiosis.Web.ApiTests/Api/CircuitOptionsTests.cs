using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// Blazor's circuit limits come from the settings' <c>Circuits</c> section (chosen and measured, see the
/// README's "Load and circuits"), not from the framework's defaults.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CircuitOptionsTests(ApiFixture fixture)
{
    [Fact]
    public void CircuitOptions_AreTheCircuitsSettings_NotTheDefaults()
    {
        var settings = fixture.Factory.Services.GetRequiredService<IConfiguration>().GetSection(DependencyInjection.CircuitsSection);
        var options = fixture.Factory.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        var defaults = new CircuitOptions();

        Assert.Equal(settings.GetValue<int>(nameof(CircuitOptions.DisconnectedCircuitMaxRetained)), options.DisconnectedCircuitMaxRetained);
        Assert.Equal(settings.GetValue<TimeSpan>(nameof(CircuitOptions.DisconnectedCircuitRetentionPeriod)), options.DisconnectedCircuitRetentionPeriod);
        Assert.NotEqual(defaults.DisconnectedCircuitMaxRetained, options.DisconnectedCircuitMaxRetained);
        Assert.NotEqual(defaults.DisconnectedCircuitRetentionPeriod, options.DisconnectedCircuitRetentionPeriod);
    }
}
