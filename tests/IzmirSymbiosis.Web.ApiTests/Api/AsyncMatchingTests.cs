using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// A save returns without waiting for matching: with the worker held (the database refuses it
/// writes to the matches table until released), the request answers and the change is stored with
/// its re-match request; once released, the worker stores the matches.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AsyncMatchingTests(ApiFixture fixture)
{
    [Fact]
    public async Task CreateStream_WorkerHeld_AnswersWithTheRequestRecordedAndMatchesFollowOnRelease()
    {
        await fixture.WaitForBackgroundWorkAsync();
        using var client = fixture.Client("firmB");
        Guid need;
        await using (var hold = await HoldMatchWritesAsync())
        {
            using var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/companies/{fixture.FirmB.Id}/streams",
                ApiFixture.StreamBody("Need", "Ambalaj için oluklu karton", 80, null));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            need = (await created.JsonAsync())["id"]!.GetValue<Guid>();

            await using var db = fixture.Db();
            Assert.True(await db.Streams.AnyAsync(s => s.Id == need));
            Assert.True(await db.RematchRequests.AnyAsync(r => r.TargetId == need && r.CompanyId == fixture.FirmB.Id));
            Assert.False(await db.Matches.AnyAsync(m => m.NeedId == need));
        }

        await fixture.WaitForBackgroundWorkAsync();

        await using (var db = fixture.Db())
        {
            Assert.True(await db.Matches.AnyAsync(m => m.NeedId == need && m.OfferId == fixture.OfferA));
            Assert.False(await db.RematchRequests.AnyAsync());
        }

        // Leave the fixture's firms as they were for the other tests.
        var edit = await fixture.CurrentStreamEditAsync(need);
        using var closed = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/streams/{need}/status", new { version = edit["version"]!.GetValue<uint>(), status = "Closed" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        await fixture.WaitForBackgroundWorkAsync();
    }

    /// <summary>
    /// Holds a lock on <c>matches</c> that lets readers through but makes every writer wait, in an
    /// open transaction of the owner; disposing rolls it back and the worker goes on.
    /// </summary>
    private async Task<IAsyncDisposable> HoldMatchWritesAsync()
    {
        var conn = new NpgsqlConnection(fixture.OwnerConnectionString);
        await conn.OpenAsync();
        var tx = await conn.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand("LOCK TABLE matches IN SHARE ROW EXCLUSIVE MODE", conn, tx))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        return new Hold(conn, tx);
    }

    private sealed class Hold(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
