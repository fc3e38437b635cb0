using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The application's connections run with PostgreSQL's JIT off (it cost the dashboard seconds per query)
/// and a pool sized below the server's connection limit, without a reset round trip on every return.
/// </summary>
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

    [Theory]
    [InlineData("Host=h;Database=d", 30, true)]
    [InlineData("Host=h;Database=d;Maximum Pool Size=80", 80, true)]
    [InlineData("Host=h;Database=d;MaxPoolSize=12;No Reset On Close=false", 12, false)]
    public void WithPoolDefaults_CapsThePoolAndSkipsTheResetUnlessTheStringSetsThem(string connection, int maxPool, bool noReset)
    {
        var builder = new NpgsqlConnectionStringBuilder(DependencyInjection.WithPoolDefaults(connection));
        Assert.Equal((maxPool, noReset), (builder.MaxPoolSize, builder.NoResetOnClose));
    }

    [Fact]
    public async Task AppContext_Connection_HasThePoolDefaults()
    {
        await using var db = await TestDatabase.CreateAsync("it_pool");
        await using var ctx = db.CreateContext();

        var builder = new NpgsqlConnectionStringBuilder(ctx.Database.GetDbConnection().ConnectionString);

        Assert.Equal((DependencyInjection.DefaultMaxPoolSize, true), (builder.MaxPoolSize, builder.NoResetOnClose));
    }
}
