using IzmirSymbiosis.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>Mail goes through the job queue: written by the worker, stored in the queue unreadable.</summary>
[Collection(ApiCollection.Name)]
public sealed class MailQueueTests(ApiFixture fixture)
{
    [Fact]
    public async Task SendPasswordResetLink_QueuedEncryptedAndWrittenByTheWorker()
    {
        var email = $"kuyruk-{Guid.NewGuid():N}@api.test";
        var link = $"https://izmirsym.example/account/reset?code={Guid.NewGuid():N}";
        var sender = fixture.Factory.Services.GetRequiredService<FileEmailSender>();

        await sender.SendPasswordResetLinkAsync(new Infrastructure.Identity.AppUser(), email, link);
        await fixture.WaitForBackgroundWorkAsync();

        var pickup = fixture.Factory.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory;
        Assert.Equal(link, FileEmailSender.LastLinkFor(pickup, email));
        await using var conn = new NpgsqlConnection(fixture.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%MailJob%' AND arguments::text LIKE '%' || $1 || '%'", conn)
        {
            Parameters = { new() { Value = link[^32..] } },
        };
        Assert.Equal(0L, await cmd.ExecuteScalarAsync());
        await using var jobs = new NpgsqlCommand("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%MailJob%' AND statename = 'Succeeded'", conn);
        Assert.True((long)(await jobs.ExecuteScalarAsync())! > 0);
    }
}
