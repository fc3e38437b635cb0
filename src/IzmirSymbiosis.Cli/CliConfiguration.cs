using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Cli;

/// <summary>
/// The app's configuration, read as the app reads it: its <c>appsettings.json</c> (copied next to
/// the tool at build), <c>appsettings.{environment}.json</c>, then environment variables
/// (<c>Section__Key</c>). So <c>izmirsym rematch</c> scores with the weights the app uses. The
/// connection strings are the exception: the tool takes them from the environment only.
/// </summary>
internal static class CliConfiguration
{
    /// <summary>The ASP.NET Core environment the tool runs in (Production unless named).</summary>
    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";

    public static IConfiguration Load() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{EnvironmentName}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>Runs the options checks the app's host runs at start (ValidateOnStart).</summary>
    public static void ValidateOnStart(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            throw new CliUsageException("invalid configuration: " + string.Join("; ", e.Failures));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OptionsValidationException))
        {
            throw new CliUsageException("invalid configuration: " + string.Join("; ", e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(x => x.Failures)));
        }
    }
}
