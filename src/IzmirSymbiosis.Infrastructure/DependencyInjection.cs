using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure;

/// <summary>Registers the database and seeding services.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Adds the PostgreSQL context factory (connection string <c>Default</c>, the application role)
    /// and the seeders (connection string <c>Migrations</c>, the schema owner; <c>Default</c> when unset).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        return services.AddInfrastructure(connection, configuration.GetConnectionString("Migrations"));
    }

    /// <summary>
    /// Adds the PostgreSQL context factory for the application's connection string and the seeders,
    /// which migrate as <paramref name="migrationsConnectionString"/> (the application's when null).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString, string? migrationsConnectionString = null)
    {
        services.AddSingleton(new DatabaseConnections(connectionString, string.IsNullOrWhiteSpace(migrationsConnectionString) ? connectionString : migrationsConnectionString));
        services.AddPooledDbContextFactory<AppDbContext>(o => ConfigureDbContext(o, connectionString));
        services.AddSingleton<IAppDbContextFactory, AppDbContextFactory>();
        services.AddTransient<DatabaseInitializer>();
        services.AddSingleton<IUserDirectory, UserDirectory>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>
    /// Identity users and roles stored in PostgreSQL, with the account services. The web layer adds
    /// sign-in and cookies on top.
    /// </summary>
    public static IdentityBuilder AddIdentityStores(this IServiceCollection services, Action<IdentityOptions> configure)
    {
        services.AddScoped<AccountService>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<PersonalDataService>();
        return services.AddIdentityCore<AppUser>(configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>();
    }

    /// <summary>The one place that configures the provider, naming and migrations assembly.</summary>
    public static void ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"))
            .UseSnakeCaseNamingConvention();
}
