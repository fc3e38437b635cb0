using IzmirSymbiosis.Application;
using IzmirSymbiosis.Infrastructure;
using IzmirSymbiosis.Web;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseWeb();

app.Run();
