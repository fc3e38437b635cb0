using System.Globalization;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor.Services;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// A bUnit context wired as the app is for these components: MudBlazor, the Turkish and English
/// resources, Turkish as the culture, and the real Application services over the shared database.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private readonly ComponentDatabaseFixture _database;

    static ComponentTest()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("tr-TR");
    }

    protected ComponentTest(ComponentDatabaseFixture database)
    {
        _database = database;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        Services.AddSingleton(CurrentUser);
        Services.AddSingleton<ICurrentUser>(CurrentUser);
        Services.AddInfrastructure(database.Connections.Application, database.Connections.Migrations);
        Application.DependencyInjection.AddApplication(Services);
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddMudServices();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Who the services think is signed in.</summary>
    protected TestCurrentUser CurrentUser { get; } = new();

    /// <inheritdoc />
    public Task InitializeAsync() => _database.ResetAsync();

    /// <inheritdoc />
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
