using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Collaboration;
using IzmirSymbiosis.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Introductions;

/// <summary>The thread of an introduction: the parties and the zone's staff talk, nobody else reads it.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class ConversationServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private IntroductionArrangement _a = null!;
    private Guid _introduction;

    private ConversationService Threads => Database.Services.GetRequiredService<ConversationService>();

    protected override async Task ArrangeAsync()
    {
        _a = await IntroductionArrangement.CreateAsync(Database);
        SignIn(_a.ReceiverUser);
        _introduction = await Database.Services.GetRequiredService<IntroductionService>().RequestAsync(await _a.MatchAsync(Database, _a.SandOffer, _a.SandNeed));
    }

    private void SignIn(UserContext user) => Database.CurrentUser.User = user;

    [Fact]
    public async Task Post_ByAParty_IsReadByTheOtherOldestFirst()
    {
        SignIn(_a.ReceiverUser);
        await Threads.PostAsync(SubjectKind.Introduction, _introduction, "  Merhaba, kumunuzla ilgileniyoruz.  ");
        SignIn(_a.GiverUser);
        await Threads.PostAsync(SubjectKind.Introduction, _introduction, "Analiz raporu gönderebiliriz.");

        var page = await Threads.ListAsync(SubjectKind.Introduction, _introduction, new PageRequest());

        Assert.NotNull(page);
        Assert.True(page.CanPost);
        Assert.Equal(["Merhaba, kumunuzla ilgileniyoruz.", "Analiz raporu gönderebiliriz."], page.Items.Select(c => c.Body));
        Assert.Equal([false, true], page.Items.Select(c => c.Mine));

        // Before acceptance the other firm's writer is not named.
        Assert.Null(page.Items[0].AuthorName);
        Assert.Equal(Roles.FirmUser, page.Items[0].AuthorRole);
    }

    [Fact]
    public async Task Outsiders_CannotReadOrWrite()
    {
        SignIn(_a.ReceiverUser);
        await Threads.PostAsync(SubjectKind.Introduction, _introduction, "Gizli mesaj");

        foreach (var outsider in new[] { _a.ThirdUser, TestCurrentUser.Staff(2), UserContext.Anonymous })
        {
            SignIn(outsider);
            Assert.Null(await Threads.ListAsync(SubjectKind.Introduction, _introduction, new PageRequest()));
            await Assert.ThrowsAsync<NotFoundException>(() => Threads.PostAsync(SubjectKind.Introduction, _introduction, "Ben de"));
        }

        SignIn(TestCurrentUser.Staff(1));
        Assert.Single((await Threads.ListAsync(SubjectKind.Introduction, _introduction, new PageRequest()))!.Items);
        await Threads.PostAsync(SubjectKind.Introduction, _introduction, "OSB olarak destek olabiliriz.");
        Assert.Null(await Threads.ListAsync(SubjectKind.Introduction, Guid.NewGuid(), new PageRequest()));
    }

    [Theory]
    [InlineData("   ", "Comment.Required")]
    [InlineData(null, "Comment.Required")]
    [InlineData("bell\u0007", "Text.ControlCharacters")]
    public async Task Post_BadBody_IsRefusedAtTheField(string? body, string code)
    {
        SignIn(_a.ReceiverUser);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Threads.PostAsync(SubjectKind.Introduction, _introduction, body));

        var error = Assert.Single(e.Errors);
        Assert.Equal((nameof(Comment.Body), code), (error.Field, error.Code));
    }

    [Fact]
    public async Task Post_TooLong_IsRefused_AndNothingIsSaved()
    {
        SignIn(_a.ReceiverUser);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Threads.PostAsync(SubjectKind.Introduction, _introduction, new string('a', Comment.BodyMaxLength + 1)));

        Assert.Equal("Comment.TooLong", Assert.Single(e.Errors).Code);
        Assert.Equal(0, (await Threads.ListAsync(SubjectKind.Introduction, _introduction, new PageRequest()))!.TotalCount);
    }
}
