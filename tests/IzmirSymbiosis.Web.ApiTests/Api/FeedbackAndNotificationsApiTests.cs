using System.Net;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>Match feedback and notifications from the outside: own data only, errors at the field.</summary>
[Collection(ApiCollection.Name)]
public sealed class FeedbackAndNotificationsApiTests(ApiFixture fixture)
{
    private string Feedback => $"/api/v1/matches/{fixture.MatchAB}/feedback";

    [Fact]
    public async Task Feedback_NotInterested_HidesTheMatchForTheUserOnly_AndWithdrawBringsItBack()
    {
        using var firmA = fixture.Client("firmA");
        using var firmB = fixture.Client("firmB");
        try
        {
            using var put = await firmA.SendJsonAsync(HttpMethod.Put, Feedback, new { interested = false, reason = "Distance" });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            Assert.Equal("Distance", (await put.JsonAsync())["reason"]!.GetValue<string>());

            var list = (await firmA.GetJsonAsync("/api/v1/matches"))["items"]!.AsArray();
            Assert.DoesNotContain(list, m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
            var company = (await firmA.GetJsonAsync($"/api/v1/companies/{fixture.FirmA.Id}/matches?pageSize=200"))["items"]!.AsArray();
            Assert.DoesNotContain(company, m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
            var hidden = (await firmA.GetJsonAsync("/api/v1/matches?includeHidden=true"))["items"]!.AsArray()
                .Single(m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB)!;
            Assert.False(hidden["myFeedback"]!["interested"]!.GetValue<bool>());

            // The other firm: the match as before, no trace of the answer anywhere in the JSON.
            var theirs = await firmB.GetJsonAsync($"/api/v1/matches/{fixture.MatchAB}");
            Assert.Null(theirs["myFeedback"]);
            Assert.Null(theirs["feedbackCounts"]);
            Assert.DoesNotContain("Distance", theirs.ToJsonString(), StringComparison.Ordinal);

            using var staff = fixture.Client("expert");
            var counts = (await staff.GetJsonAsync($"/api/v1/matches/{fixture.MatchAB}"))["feedbackCounts"]!;
            Assert.Equal((0, 1), (counts["interested"]!.GetValue<int>(), counts["notInterested"]!.GetValue<int>()));
        }
        finally
        {
            using var delete = await firmA.SendJsonAsync(HttpMethod.Delete, Feedback, null);
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        var back = (await firmA.GetJsonAsync("/api/v1/matches"))["items"]!.AsArray();
        Assert.Contains(back, m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
    }

    [Theory]
    [InlineData("firmC")]
    [InlineData("staff")]
    public async Task Feedback_OnAnotherFirmsMatch_Answers404(string who)
    {
        using var client = fixture.Client(who);

        using var put = await client.SendJsonAsync(HttpMethod.Put, Feedback, new { interested = false, reason = "Price" });
        using var delete = await client.SendJsonAsync(HttpMethod.Delete, Feedback, null);

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        await using var db = fixture.Db();
        Assert.False(await db.MatchFeedback.AnyAsync(f => f.UserId == fixture.UserId(who)));
    }

    [Theory]
    [InlineData(null, "{\"interested\": false, \"reason\": \"Bogus\"}", "reason", null)]
    [InlineData(null, "{\"interested\": false}", "reason", "İlgilenmeme nedenini seçin.")]
    [InlineData("en", "{\"interested\": false, \"reason\": \"Other\"}", "text", "Describe the reason when you choose “Other”.")]
    public async Task Feedback_BadReason_Answers400AtTheField(string? language, string json, string field, string? message)
    {
        using var client = fixture.Client("firmA", language);
        using var request = new HttpRequestMessage(HttpMethod.Put, Feedback) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

        using var response = await client.SendAsync(request);
        var errors = (await response.JsonAsync())["errors"]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(errors[field]);
        if (message is not null)
        {
            Assert.Equal(message, errors[field]![0]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Notifications_OwnOnly_AnotherUsersIdAnswers404()
    {
        var subject = Guid.NewGuid();
        var factory = fixture.Factory.Services;
        await using (var db = await factory.GetRequiredService<IAppDbContextFactory>().CreateAsync())
        {
            using var scope = factory.CreateScope();
            await scope.ServiceProvider.GetRequiredService<INotifier>().AddAsync(
                db,
                new Notice("test.api", SubjectKind.Exchange, subject, "matches", "Yeni bir gelişme var", "Something happened", new NoticeAudience([], [], UserIds: [fixture.UserId("firmA")])),
                null);
            await db.SaveChangesAsync();
        }

        // Mailed once, after the commit, through the durable queue to the pickup folder (firmA: immediate, Turkish).
        await fixture.WaitForBackgroundWorkAsync();
        var pickup = fixture.Factory.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory;
        Assert.Contains("Yeni bir gelişme var", FileEmailSender.LastLinkFor(pickup, "firma@api.test") ?? string.Empty, StringComparison.Ordinal);

        using var firmA = fixture.Client("firmA");
        using var firmB = fixture.Client("firmB", "en");
        var mine = (await firmA.GetJsonAsync("/api/v1/notifications?unreadOnly=true"))["items"]!.AsArray()
            .Single(n => n!["subjectId"]!.GetValue<Guid>() == subject)!;
        var id = mine["id"]!.GetValue<Guid>();
        Assert.Equal("Yeni bir gelişme var", mine["titleTr"]!.GetValue<string>());
        Assert.DoesNotContain((await firmB.GetJsonAsync("/api/v1/notifications"))["items"]!.AsArray(), n => n!["id"]!.GetValue<Guid>() == id);

        using var stolen = await firmB.PostAsync($"/api/v1/notifications/{id}/read", null);
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Equal("application/problem+json", stolen.Content.Headers.ContentType?.MediaType);

        var unread = (await firmA.GetJsonAsync("/api/v1/notifications/unread-count"))["count"]!.GetValue<int>();
        using var read = await firmA.PostAsync($"/api/v1/notifications/{id}/read", null);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(unread - 1, (await firmA.GetJsonAsync("/api/v1/notifications/unread-count"))["count"]!.GetValue<int>());
        using var all = await firmA.PostAsync("/api/v1/notifications/read-all", null);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(0, (await firmA.GetJsonAsync("/api/v1/notifications/unread-count"))["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Preferences_RoundTrip_AndBadValuesAnswer400AtTheField()
    {
        using var client = fixture.Client("firmC");

        Assert.Equal("Immediate", (await client.GetJsonAsync("/api/v1/notifications/preferences"))["email"]!.GetValue<string>());
        using var put = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/notifications/preferences", new { email = "DailyDigest", language = "en" });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var saved = await client.GetJsonAsync("/api/v1/notifications/preferences");
        Assert.Equal(("DailyDigest", "en"), (saved["email"]!.GetValue<string>(), saved["language"]!.GetValue<string>()));

        using var bad = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/notifications/preferences", new { email = "Immediate", language = "de" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.JsonAsync())["errors"]!["language"]);
    }
}
