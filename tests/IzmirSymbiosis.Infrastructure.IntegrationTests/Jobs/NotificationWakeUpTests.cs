using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Jobs;

/// <summary>The mail job is woken once a change with notices commits, and not for a rolled-back one.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class NotificationWakeUpTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _firm = null!;

    protected override async Task ArrangeAsync()
    {
        _firm = TestData.Company("Uyandırma Cam A.Ş.");
        await using (var db = Database.CreateContext())
        {
            db.Companies.Add(_firm);
            await db.SaveChangesAsync();
        }

        await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id);
    }

    private Notice Notice() => new("test.wake", SubjectKind.Exchange, Guid.NewGuid(), "exchanges/1", "Deneme", "Test", new NoticeAudience([_firm.Id], []));

    private async Task<long> WakeUpsAsync()
    {
        await using var conn = new NpgsqlConnection(Database.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%NotificationMailJob%SendImmediateAsync%'", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task SaveWithNotices_WakesTheMailJobOnce_AfterTheCommit()
    {
        var before = await WakeUpsAsync();
        var notifier = Database.Services.GetRequiredService<INotifier>();

        await using (var db = await Database.Contexts.CreateAsync())
        {
            await notifier.AddAsync(db, Notice(), null);
            await db.SaveChangesAsync();
        }

        Assert.Equal(before + 1, await WakeUpsAsync());

        await using (var db = await Database.Contexts.CreateAsync())
        {
            await db.InTransactionAsync(async () =>
            {
                await notifier.AddAsync(db, Notice(), null);
                await db.SaveChangesAsync();

                // Saved but not committed: the job would find nothing yet.
                Assert.Equal(before + 1, await WakeUpsAsync());
            });
        }

        Assert.Equal(before + 2, await WakeUpsAsync());
    }

    [Fact]
    public async Task RolledBackChange_AndSavesWithoutNotices_WakeNothing()
    {
        var before = await WakeUpsAsync();

        await using (var db = await Database.Contexts.CreateAsync())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync(async () =>
            {
                await Database.Services.GetRequiredService<INotifier>().AddAsync(db, Notice(), null);
                await db.SaveChangesAsync();
                throw new InvalidOperationException("failed after saving");
            }));
            db.Companies.Add(TestData.Company("Bildirimsiz Kayıt A.Ş."));
            await db.SaveChangesAsync();
        }

        Assert.Equal(before, await WakeUpsAsync());
    }
}
