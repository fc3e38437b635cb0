using System.Net;
using IzmirSymbiosis.Application.AccessTokens;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>Personal access tokens: only a hash stored, revocation and disabled accounts end access, audited.</summary>
[Collection(ApiCollection.Name)]
public sealed class PersonalAccessTokenTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("revoked")]
    [InlineData("disabled")]
    [InlineData("expertNo2fa")]
    public async Task Token_RevokedOrAccountBlocked_Answers401(string who)
    {
        using var client = fixture.Client(who);

        using var response = await client.GetAsync($"/api/v1/companies/{fixture.FirmA.Id}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.FirmA.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("izs_not-a-real-token")]
    [InlineData("garbage")]
    public async Task UnknownToken_Answers401(string token)
    {
        using var client = fixture.Client(null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        using var response = await client.GetAsync("/api/v1/offers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateUseRevoke_StoresOnlyHash_AuditsAndEndsAccess()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var tokens = new AccessTokensAs(scope.ServiceProvider);
        var user = new UserContext(fixture.UserId("firmC"), new HashSet<string>(), null, new HashSet<int>());

        var created = await tokens.CreateAsync(user, "  ERP aktarımı  ");
        using var client = fixture.Client(null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", created.Secret);
        using var before = await client.GetAsync($"/api/v1/companies/{fixture.FirmC.Id}");
        var listed = (await tokens.ListAsync(user)).Single(t => t.Id == created.Token.Id);
        await tokens.RevokeAsync(user, created.Token.Id);
        using var after = await client.GetAsync($"/api/v1/companies/{fixture.FirmC.Id}");

        Assert.StartsWith("izs_", created.Secret, StringComparison.Ordinal);
        Assert.Equal(47, created.Secret.Length);
        Assert.Equal("ERP aktarımı", listed.Name);
        Assert.Equal(created.Secret[..12], listed.Prefix);
        Assert.NotNull(listed.LastUsedAt);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);

        await using var db = fixture.Db();
        var row = await db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Id == created.Token.Id);
        Assert.Equal(AccessTokenSecrets.Hash(created.Secret), row.TokenHash);
        Assert.NotEqual(created.Secret, row.TokenHash);
        Assert.NotNull(row.RevokedAt);
        var audit = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EventType == AuditEventTypes.TokenChanged && e.Details!.EndsWith(created.Token.Id.ToString()))
            .Select(e => e.Details!)
            .ToListAsync();
        Assert.Equal(["created " + created.Token.Id, "revoked " + created.Token.Id], audit.Order(StringComparer.Ordinal).ToList());
        Assert.DoesNotContain(audit, d => d.Contains(created.Secret[4..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_NoLifetimeConfigured_Expires90DaysAfterCreation()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var tokens = new AccessTokensAs(scope.ServiceProvider);
        var user = new UserContext(fixture.UserId("firmC"), new HashSet<string>(), null, new HashSet<int>());

        var created = await tokens.CreateAsync(user, "Süre sınaması");

        await using var db = fixture.Db();
        var row = await db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Id == created.Token.Id);
        Assert.Equal(row.CreatedAt.AddDays(90), row.ExpiresAt);
        Assert.Equal(row.ExpiresAt, created.Token.ExpiresAt, TimeSpan.FromMilliseconds(1));
        Assert.True(created.Token.IsActive);
    }

    [Fact]
    public async Task Token_PastItsExpiry_Answers401AndIsListedAsExpired()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var tokens = new AccessTokensAs(scope.ServiceProvider);
        var user = new UserContext(fixture.UserId("firmC"), new HashSet<string>(), null, new HashSet<int>());
        var created = await tokens.CreateAsync(user, "Eski betik");
        using var client = fixture.Client(null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", created.Secret);
        using var before = await client.GetAsync($"/api/v1/companies/{fixture.FirmC.Id}");

        // The token's expiry passes (as 90 days would).
        await using (var db = fixture.Db())
        {
            await db.PersonalAccessTokens.Where(t => t.Id == created.Token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }

        using var after = await client.GetAsync($"/api/v1/companies/{fixture.FirmC.Id}");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.DoesNotContain(fixture.FirmC.Name, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = (await tokens.ListAsync(user)).Single(t => t.Id == created.Token.Id);
        Assert.True(listed.IsExpired);
        Assert.False(listed.IsActive);
        Assert.Null(listed.RevokedAt);
    }

    [Fact]
    public async Task Revoke_SomeoneElsesToken_IsNotFound()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var tokens = new AccessTokensAs(scope.ServiceProvider);
        var owner = new UserContext(fixture.UserId("firmB"), new HashSet<string>(), null, new HashSet<int>());
        var intruder = new UserContext(fixture.UserId("firmC"), new HashSet<string>(), null, new HashSet<int>());
        var created = await tokens.CreateAsync(owner, "B's script");

        await Assert.ThrowsAsync<NotFoundException>(() => tokens.RevokeAsync(intruder, created.Token.Id));

        Assert.True((await tokens.ListAsync(owner)).Single(t => t.Id == created.Token.Id).IsActive);
        Assert.DoesNotContain(await tokens.ListAsync(intruder), t => t.Id == created.Token.Id);
    }

    [Theory]
    [InlineData("", "Token.NameRequired")]
    [InlineData("   ", "Token.NameRequired")]
    public async Task Create_WithoutName_IsAFieldError(string name, string code)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var tokens = new AccessTokensAs(scope.ServiceProvider);
        var user = new UserContext(fixture.UserId("firmC"), new HashSet<string>(), null, new HashSet<int>());

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => tokens.CreateAsync(user, name));

        Assert.Equal(new FieldError("Name", code, []).Code, Assert.Single(e.Errors).Code);
        Assert.Equal("Name", e.Errors[0].Field);
    }
}
