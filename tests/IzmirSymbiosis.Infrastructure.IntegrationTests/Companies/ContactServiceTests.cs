using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Companies;

/// <summary>Contact persons with KVKK consent through the real database and the access rule.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class ContactServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _firm = null!;
    private Company _other = null!;

    private ContactService Contacts => Database.Services.GetRequiredService<ContactService>();

    protected override async Task ArrangeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        _firm = TestData.Company("Ege Kâğıt A.Ş.");
        _firm.SetAddress(null, 1);
        _other = TestData.Company("Başka Metal Ltd. Şti.");
        _other.SetAddress(null, 2);
        _other.SetContacts([new ContactPerson { FullName = "Gizli Kişi", Email = "gizli@baska.example.com.tr", ConsentAt = DateTimeOffset.UtcNow }]);
        await using var db = Database.CreateContext();
        db.Companies.AddRange(_firm, _other);
        await db.SaveChangesAsync();
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    private static ContactInput Person(string name, string? email = null, bool consent = true) =>
        new(name, "Çevre Mühendisi", email, "+90 232 555 00 00", consent);

    private async Task<List<ContactPerson>> StoredAsync(Guid companyId)
    {
        await using var db = Database.CreateContext();
        return [.. (await db.Companies.AsNoTracking().SingleAsync(c => c.Id == companyId)).Contacts];
    }

    [Fact]
    public async Task Replace_ByTheFirm_RecordsConsentWithWhoAndWhen()
    {
        var user = TestCurrentUser.FirmUser(_firm.Id);
        Database.CurrentUser.User = user;
        var before = DateTimeOffset.UtcNow;
        var version = (await Contacts.ListAsync(_firm.Id))!.Version;

        await Contacts.ReplaceAsync(_firm.Id, version, [Person("Zeynep Çınar", "zeynep@egekagit.example.com.tr"), Person("İsmail Öztürk")]);

        var stored = await StoredAsync(_firm.Id);
        Assert.Equal(["Zeynep Çınar", "İsmail Öztürk"], stored.Select(c => c.FullName));
        Assert.All(stored, c => Assert.InRange(c.ConsentAt!.Value, before, DateTimeOffset.UtcNow));
        Assert.All(stored, c => Assert.Equal(user.UserId, c.ConsentBy));
        var listed = await Contacts.ListAsync(_firm.Id);
        Assert.True(listed!.CanEdit);
        Assert.All(listed.Contacts, c => Assert.NotNull(c.ConsentAt));
    }

    [Fact]
    public async Task Replace_WithoutConsentOrWithBadRows_NamesEveryRowAndSavesNothing()
    {
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_firm.Id);
        var version = (await Contacts.ListAsync(_firm.Id))!.Version;
        await Contacts.ReplaceAsync(_firm.Id, version, [Person("Zeynep Çınar")]);
        version = (await Contacts.ListAsync(_firm.Id))!.Version;

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Contacts.ReplaceAsync(_firm.Id, version,
            [Person("Ali Kaya", "ali-at-example"), Person("Rızasız Kişi", consent: false), Person("  ")]));

        Assert.Equal(
            [("Contacts[0].Email", "Contact.EmailFormat"), ("Contacts[1].Consent", "Contact.ConsentRequired"), ("Contacts[2].FullName", "Contact.NameRequired")],
            e.Errors.Select(x => (x.Field, x.Code)));
        Assert.Equal(["Zeynep Çınar"], (await StoredAsync(_firm.Id)).Select(c => c.FullName));
    }

    [Fact]
    public async Task Replace_UnchangedPersonKeepsConsentDate_ChangedPersonGetsANewOne()
    {
        var first = TestCurrentUser.FirmUser(_firm.Id);
        Database.CurrentUser.User = first;
        await Contacts.ReplaceAsync(_firm.Id, (await Contacts.ListAsync(_firm.Id))!.Version,
            [Person("Zeynep Çınar", "zeynep@egekagit.example.com.tr"), Person("İsmail Öztürk", "ismail@egekagit.example.com.tr")]);
        var recorded = await StoredAsync(_firm.Id);

        Database.CurrentUser.User = TestCurrentUser.FirmUser(_firm.Id);
        await Contacts.ReplaceAsync(_firm.Id, (await Contacts.ListAsync(_firm.Id))!.Version,
            [Person("Zeynep Çınar", "zeynep@egekagit.example.com.tr"), Person("İsmail Öztürk", "i.ozturk@egekagit.example.com.tr")]);

        var now = await StoredAsync(_firm.Id);
        Assert.Equal((recorded[0].ConsentAt, first.UserId), (now[0].ConsentAt, now[0].ConsentBy));
        Assert.True(now[1].ConsentAt > recorded[1].ConsentAt);
        Assert.NotEqual(first.UserId, now[1].ConsentBy);
    }

    [Fact]
    public async Task AnotherFirmOrAnotherZonesStaff_CannotReadOrReplace()
    {
        var version = _other.Version;
        foreach (var reader in new[] { TestCurrentUser.FirmUser(_firm.Id), TestCurrentUser.Staff(1) })
        {
            Database.CurrentUser.User = reader;
            Assert.Null(await Contacts.ListAsync(_other.Id));
            await Assert.ThrowsAsync<NotFoundException>(() => Contacts.ReplaceAsync(_other.Id, version, [Person("Saldırgan")]));
        }

        Assert.Equal(["Gizli Kişi"], (await StoredAsync(_other.Id)).Select(c => c.FullName));
        Database.CurrentUser.User = TestCurrentUser.Staff(2);
        Assert.Equal("Gizli Kişi", Assert.Single((await Contacts.ListAsync(_other.Id))!.Contacts).FullName);
    }

    [Fact]
    public async Task Replace_TwoEditorsAtOnce_OneWinsTheOtherIsToldOfTheConflict()
    {
        var version = _firm.Version;
        var sp = Database.Services;
        var gate = new Barrier(2);
        var racers = new[] { "Birinci Kişi", "İkinci Kişi" }.Select(name => Task.Run(async () =>
        {
            // Each editor has a service of their own (own user, own context and connection).
            var service = new ContactService(sp.GetRequiredService<IAppDbContextFactory>(), new FixedUser(TestCurrentUser.FirmUser(_firm.Id)), TimeProvider.System);
            gate.SignalAndWait();
            try
            {
                await service.ReplaceAsync(_firm.Id, version, [Person(name)]);
                return (object)name;
            }
            catch (ConcurrencyConflictException e)
            {
                return e;
            }
        })).ToList();

        var outcomes = await Task.WhenAll(racers);

        var winner = Assert.Single(outcomes.OfType<string>());
        Assert.Single(outcomes.OfType<ConcurrencyConflictException>());
        Assert.Equal([winner], (await StoredAsync(_firm.Id)).Select(c => c.FullName));
    }
}
