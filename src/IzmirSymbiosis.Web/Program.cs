using IzmirSymbiosis.Application;
using IzmirSymbiosis.Infrastructure;
using IzmirSymbiosis.Web;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.AddObservability();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddWeb(builder.Configuration, builder.Environment)
    .AddBackgroundWorker();

var app = builder.Build();

app.UseWeb();

try
{
    app.Run();
}
catch (Microsoft.Extensions.Options.OptionsValidationException)
{
    // Refused settings (e.g. demo accounts in Production): the host has logged why; exit 1, not a crash.
    return 1;
}

return 0;
