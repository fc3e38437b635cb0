using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// Creating a stream with an <c>Idempotency-Key</c>: a retry whose first answer was lost (the fault
/// suite found saves stored although the client saw a 503) gets the first stream back instead of a
/// second one, also when the two requests race; the key cannot be reused for another record.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StreamCreationKeyTests(ApiFixture fixture)
{
    [Fact]
    public async Task SameKey_Twice_CreatesOneStream_AndAnswersTheSameStreamBothTimes()
    {
        using var firm = fixture.Client("firmB");
        var key = Guid.NewGuid().ToString("N");
        var body = ApiFixture.StreamBody("Need", $"Ambalaj için karton {key[..6]}", 40, null);

        using var first = await CreateAsync(firm, body, key);
        using var second = await CreateAsync(firm, body, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var id = (await first.JsonAsync())["id"]!.GetValue<Guid>();
        Assert.Equal(id, (await second.JsonAsync())["id"]!.GetValue<Guid>());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var db = fixture.Db();
        Assert.Equal(1, await db.Streams.CountAsync(s => s.CompanyId == fixture.FirmB.Id && s.CreationKey == key));
        await CloseAsync(firm, id);
    }

    [Fact]
    public async Task SameKey_SentAtOnce_OnSeparateConnections_CreatesOneStream()
    {
        var key = Guid.NewGuid().ToString("N");
        var body = ApiFixture.StreamBody("Need", $"Dökümhane için kum {key[..6]}", 25, null);
        using var a = fixture.Client("firmB");
        using var b = fixture.Client("firmB");
        using var start = new SemaphoreSlim(0, 2);

        async Task<HttpResponseMessage> Racer(HttpClient client)
        {
            await start.WaitAsync();
            return await CreateAsync(client, body, key);
        }

        var racers = new[] { Task.Run(() => Racer(a)), Task.Run(() => Racer(b)) };
        start.Release(2);
        var answers = await Task.WhenAll(racers);

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = new List<Guid>();
        foreach (var r in answers)
        {
            ids.Add((await r.JsonAsync())["id"]!.GetValue<Guid>());
            r.Dispose();
        }

        Assert.Single(ids.Distinct());
        await using var db = fixture.Db();
        Assert.Equal(1, await db.Streams.CountAsync(s => s.CompanyId == fixture.FirmB.Id && s.CreationKey == key));
        await CloseAsync(a, ids[0]);
    }

    [Fact]
    public async Task SameKey_ForAnotherRecord_IsRefusedAtTheKey_InTurkish_AndNothingIsAdded()
    {
        using var firm = fixture.Client("firmB");
        var key = Guid.NewGuid().ToString("N");
        using var first = await CreateAsync(firm, ApiFixture.StreamBody("Need", $"Palet için ahşap {key[..6]}", 10, null), key);
        var id = (await first.JsonAsync())["id"]!.GetValue<Guid>();

        using var other = await CreateAsync(firm, ApiFixture.StreamBody("Need", $"Başka bir malzeme {key[..6]}", 10, null), key);
        var problem = await other.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("Bu Idempotency-Key bu firmanın başka bir kaydı için kullanıldı.", problem["errors"]!["idempotencyKey"]![0]!.GetValue<string>());
        await using var db = fixture.Db();
        Assert.False(await db.Streams.AnyAsync(s => s.Description.StartsWith("Başka bir malzeme " + key.Substring(0, 6))));
        await CloseAsync(firm, id);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task BadKey_IsRefusedAtTheKey_AndNothingIsAdded(int length)
    {
        using var firm = fixture.Client("firmB", "en");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var key = length > 0 ? new string('k', length) : "abc\u0007def";

        using var response = await CreateAsync(firm, ApiFixture.StreamBody("Need", $"Atık yağ {marker}", 5, null), key);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The Idempotency-Key must be at most 100 printable characters.", problem["errors"]!["idempotencyKey"]![0]!.GetValue<string>());
        await using var db = fixture.Db();
        Assert.False(await db.Streams.AnyAsync(s => s.Description.EndsWith(marker)));
    }

    private Task<HttpResponseMessage> CreateAsync(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/companies/{fixture.FirmB.Id}/streams")
        {
            Content = JsonContent.Create(body, options: JsonSerializerOptions.Web),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private async Task CloseAsync(HttpClient client, Guid id)
    {
        var edit = await fixture.CurrentStreamEditAsync(id);
        using var closed = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/streams/{id}/status", new { version = edit["version"]!.GetValue<uint>(), status = "Closed" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }
}
