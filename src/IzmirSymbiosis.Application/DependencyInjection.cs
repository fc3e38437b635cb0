using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.WasteCodes;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Application;

/// <summary>Registers the application services.</summary>
public static class DependencyInjection
{
    /// <summary>Adds the use-case services.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<CompanyService>();
        services.AddScoped<WasteCodeService>();
        return services;
    }
}
