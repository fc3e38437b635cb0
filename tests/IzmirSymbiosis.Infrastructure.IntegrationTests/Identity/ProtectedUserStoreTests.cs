using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Identity;

/// <summary>Two-factor secrets at rest: what the raw user_tokens rows hold, and that Identity still works with them.</summary>
public sealed class ProtectedUserStoreTests(IdentityDatabaseFixture fixture) : IClassFixture<IdentityDatabaseFixture>
{
    private const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    [Fact]
    public async Task AuthenticatorKey_Stored_IsEncryptedInTheRowAndReadsBack()
    {
        var user = await CreateUserAsync();
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var store = (IUserAuthenticatorKeyStore<AppUser>)scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>();
            var tracked = (await users.FindByIdAsync(user.Id.ToString()))!;
            await store.SetAuthenticatorKeyAsync(tracked, Key, CancellationToken.None);
            Check(await users.UpdateAsync(tracked));
        }

        var raw = await RawTokenAsync(user.Id, "AuthenticatorKey");

        Assert.NotNull(raw);
        Assert.DoesNotContain(Key, raw, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("dp1:", raw, StringComparison.Ordinal);
        Assert.Equal(Key, await ReadKeyAsync(fixture.Services, user.Id));
    }

    [Fact]
    public async Task AuthenticatorKey_ReadByAnotherInstance_UsesTheKeyRingInTheDatabase()
    {
        var user = await CreateUserAsync();
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Check(await users.ResetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id.ToString()))!));
        }

        var written = await ReadKeyAsync(fixture.Services, user.Id);

        // A second process (another instance, or the same after a restart): nothing shared but the database.
        await using var other = IdentityTestServices.Create(fixture.Database.ConnectionString);
        Assert.Equal(written, await ReadKeyAsync(other, user.Id));
        await using var conn = new NpgsqlConnection(fixture.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys", conn);
        Assert.True((long)(await cmd.ExecuteScalarAsync())! >= 1);
    }

    [Fact]
    public async Task RecoveryCodes_Stored_AreHashedAndEachRedeemsOnce()
    {
        var user = await CreateUserAsync();
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var tracked = (await users.FindByIdAsync(user.Id.ToString()))!;
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(tracked, 8))!.ToList();

        var raw = await RawTokenAsync(user.Id, "RecoveryCodes");
        Assert.NotNull(raw);
        foreach (var code in codes)
        {
            Assert.DoesNotContain(code, raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal), raw, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(8, await users.CountRecoveryCodesAsync(tracked));
        Check(await users.RedeemTwoFactorRecoveryCodeAsync(tracked, codes[3]));
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(tracked, codes[3])).Succeeded);

        // Typed as people type them: lower case, without the dash.
        Check(await users.RedeemTwoFactorRecoveryCodeAsync(tracked, codes[5].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant()));
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(tracked, "AAAAA-BBBBB")).Succeeded);
        Assert.Equal(6, await users.CountRecoveryCodesAsync(tracked));
    }

    [Fact]
    public async Task LegacyPlainSecrets_AfterProtectStoredSecrets_AreProtectedAndStillWork()
    {
        var user = await CreateUserAsync();

        // Rows as Identity's own store wrote them before: plain text.
        await using (var conn = new NpgsqlConnection(fixture.Database.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                "INSERT INTO user_tokens (user_id, login_provider, name, value) VALUES (@u, '[AspNetUserStore]', 'AuthenticatorKey', @k), (@u, '[AspNetUserStore]', 'RecoveryCodes', 'AB2CD-EF3GH;JK4MN-PQ5RT')",
                conn);
            cmd.Parameters.AddWithValue("u", user.Id);
            cmd.Parameters.AddWithValue("k", Key);
            await cmd.ExecuteNonQueryAsync();
        }

        Assert.Equal(Key, await ReadKeyAsync(fixture.Services, user.Id));
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().ProtectStoredSecretsAsync();
        }

        var key = await RawTokenAsync(user.Id, "AuthenticatorKey");
        var codes = await RawTokenAsync(user.Id, "RecoveryCodes");
        Assert.DoesNotContain(Key, key!, StringComparison.Ordinal);
        Assert.DoesNotContain("AB2CD", codes!, StringComparison.Ordinal);
        Assert.DoesNotContain("JK4MN", codes!, StringComparison.Ordinal);
        Assert.Equal(Key, await ReadKeyAsync(fixture.Services, user.Id));
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var tracked = (await users.FindByIdAsync(user.Id.ToString()))!;
            Assert.Equal(2, await users.CountRecoveryCodesAsync(tracked));
            Check(await users.RedeemTwoFactorRecoveryCodeAsync(tracked, "JK4MN-PQ5RT"));
        }
    }

    private async Task<AppUser> CreateUserAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"iki.adim.{Guid.NewGuid():N}@firma.com.tr";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "İki Adım", EmailConfirmed = true };
        Check(await users.CreateAsync(user, "uzun-ve-akilda-kalir-parola"));
        return user;
    }

    private static async Task<string?> ReadKeyAsync(IServiceProvider services, Guid userId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(userId.ToString()))!);
    }

    private async Task<string?> RawTokenAsync(Guid userId, string name)
    {
        await using var conn = new NpgsqlConnection(fixture.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT value FROM user_tokens WHERE user_id = @u AND login_provider = '[AspNetUserStore]' AND name = @n", conn);
        cmd.Parameters.AddWithValue("u", userId);
        cmd.Parameters.AddWithValue("n", name);
        return (string?)await cmd.ExecuteScalarAsync();
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
}
