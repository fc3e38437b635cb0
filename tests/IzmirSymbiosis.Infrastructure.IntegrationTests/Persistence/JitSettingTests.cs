using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Persistence;

/// <summary>The application's connections run with PostgreSQL's JIT off (it cost the dashboard seconds per query).</summary>
public sealed class JitSettingTests
{
    [Fact]
    public async Task AppContext_Connection_HasJitOff()
    {
        await using var db = await TestDatabase.CreateAsync("it_jit");
        await using var ctx = db.CreateContext();

        var jit = await ctx.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync();

        Assert.Equal("off", jit);
    }

    [Theory]
    [InlineData("Host=h;Database=d", "-c jit=off")]
    [InlineData("Host=h;Database=d;Options=-c statement_timeout=5000", "-c statement_timeout=5000 -c jit=off")]
    [InlineData("Host=h;Database=d;Options=-c jit=on", "-c jit=on")]
    public void WithoutJit_AddsTheOptionUnlessTheStringSetsJit(string connection, string options) =>
        Assert.Equal(options, new NpgsqlConnectionStringBuilder(DependencyInjection.WithoutJit(connection)).Options);
}
