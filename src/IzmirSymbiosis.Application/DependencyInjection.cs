using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Application.WasteCodes;
using IzmirSymbiosis.Application.Zones;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Application;

/// <summary>Registers the application services.</summary>
public static class DependencyInjection
{
    /// <summary>Adds the use-case services.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<CompanyService>();
        services.AddScoped<PermitService>();
        services.AddScoped<WasteCodeService>();
        services.AddScoped<StreamService>();
        services.AddScoped<MatchQueryService>();
        services.AddScoped<OfferBrowseService>();
        services.AddScoped<ZoneService>();

        // One engine per process: it holds the active streams in memory between changes.
        services.AddSingleton<MatchingCoordinator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
