using IzmirSymbiosis.Application;
using IzmirSymbiosis.Application.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>
/// Services with ASP.NET Core Identity over a test database, configured as the web app does
/// (account lockout on, 12-character passwords without composition rules, unique e-mails), for
/// tests of the account and personal-data services.
/// </summary>
public static class IdentityTestServices
{
    /// <summary>
    /// A provider with Application, Infrastructure and the identity stores for a database; the
    /// signed-in user is a scoped <see cref="TestCurrentUser"/> (an admin until a test sets another).
    /// </summary>
    public static ServiceProvider Create(string connectionString)
    {
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddApplication()
            .AddInfrastructure(connectionString)
            .AddScoped<TestCurrentUser>()
            .AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddIdentityStores(o =>
        {
            o.Password.RequiredLength = 12;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 1;
            o.Lockout.AllowedForNewUsers = true;
            o.User.RequireUniqueEmail = true;
        }).AddDefaultTokenProviders();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
