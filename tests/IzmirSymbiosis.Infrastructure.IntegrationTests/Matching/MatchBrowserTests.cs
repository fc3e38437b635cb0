using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>
/// The staff's match browser on the demo region: each server-side filter keeps exactly the matches
/// that have the property (checked against the stored firms and streams, not against the filter's
/// own query), sector and zone filters never reach through a hidden firm, every column sorts, and
/// the bulk "propose introduction" proposes each pair once.
/// </summary>
public sealed class MatchBrowserTests : IClassFixture<MatchBrowserTests.DemoRegion>
{
    private readonly TestDatabase _db;

    public MatchBrowserTests(DemoRegion region)
    {
        _db = region.Database;
        _db.CurrentUser.User = TestCurrentUser.Admin;
    }

    /// <summary>The demo region with its matches, seeded once for the class.</summary>
    public sealed class DemoRegion : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync("it_match_browser");
            await Database.Initializer.MigrateAsync();
            await Database.Initializer.SeedReferenceDataAsync();
            await Database.Initializer.SeedDemoDataAsync();
            await Database.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
        }

        public async Task DisposeAsync() => await Database.DisposeAsync();
    }

    private MatchQueryService Matches => _db.Services.GetRequiredService<MatchQueryService>();

    [Fact]
    public void ActiveCount_CountsEachFilterThatNarrowsTheList()
    {
        Assert.Equal(0, new MatchFilter().ActiveCount());
        Assert.Equal(3, new MatchFilter(MinScore: 60, EwcChapter: "10") { ZoneId = 2 }.ActiveCount());
        Assert.Equal(4, new MatchFilter(IncludeHidden: true) { MaxScore = 90, Hazardous = false, MaxDistanceKm = 25 }.ActiveCount());
    }

    [Fact]
    public async Task ACompanysMatches_ReadInPages_AreItsWholeListBestFirst_AndNullForAnotherFirm()
    {
        var all = await AllAsync(new MatchFilter());
        var busiest = all.SelectMany(m => new[] { m.OfferCompanyId, m.ReceiverCompanyId }).OfType<Guid>()
            .GroupBy(id => id).OrderByDescending(g => g.Count()).First().Key;
        var whole = await Matches.AllForCompanyAsync(busiest);
        Assert.True(whole.Count > 14, $"{whole.Count} matches");

        var paged = new List<MatchView>();
        for (var page = 0; page * 7 < whole.Count + 7; page++)
        {
            var result = Assert.IsType<PagedResult<MatchView>>(await Matches.ForCompanyAsync(busiest, includeHidden: false, new PageRequest(page, 7)));
            Assert.Equal(whole.Count, result.TotalCount);
            paged.AddRange(result.Items);
        }

        Assert.Equal(whole.Select(m => m.Id), paged.Select(m => m.Id));
        Assert.Equal(whole.Select(m => m.Score).OrderDescending(), paged.Select(m => m.Score));
        await Assert.ThrowsAsync<ValidationFailedException>(() => Matches.ForCompanyAsync(busiest, false, new PageRequest(0, 0)));

        var other = all.Select(m => m.OfferCompanyId).OfType<Guid>().First(id => id != busiest && !whole.Any(m => m.OfferCompanyId == id || m.ReceiverCompanyId == id));
        _db.CurrentUser.User = TestCurrentUser.FirmUser(other);
        Assert.Null(await Matches.ForCompanyAsync(busiest, includeHidden: false, new PageRequest(0, 200)));
    }

    [Fact]
    public async Task Hazardous_SplitsTheListIntoHazardousAndOtherOffers()
    {
        var all = await AllAsync(new MatchFilter());
        var hazardous = await AllAsync(new MatchFilter { Hazardous = true });
        var other = await AllAsync(new MatchFilter { Hazardous = false });

        await using var db = _db.CreateContext();
        var hazardousCodes = (await db.WasteCodes.Where(w => w.IsHazardous).Select(w => w.Code).ToListAsync()).ToHashSet();
        Assert.NotEmpty(hazardous);
        Assert.NotEmpty(other);
        Assert.All(hazardous, m => Assert.Contains(m.OfferEwcCode!, hazardousCodes));
        Assert.All(other, m => Assert.True(m.OfferEwcCode is null || !hazardousCodes.Contains(m.OfferEwcCode), m.OfferEwcCode));
        Assert.Equal(all.Count, hazardous.Count + other.Count);
    }

    [Fact]
    public async Task ScoreRangeAndChapter_KeepOnlyMatchesInside()
    {
        var all = await AllAsync(new MatchFilter());
        var chapter = all.Where(m => m.OfferEwcCode is not null).GroupBy(m => m.OfferEwcCode![..2]).OrderByDescending(g => g.Count()).First().Key;
        var filter = new MatchFilter(EwcChapter: chapter, MinScore: 40) { MaxScore = 80 };

        var kept = await AllAsync(filter);

        var expected = all.Where(m => m.OfferEwcCode?.StartsWith(chapter, StringComparison.Ordinal) == true && m.Score is >= 40 and <= 80).Select(m => m.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, kept.Select(m => m.Id).ToHashSet());
    }

    [Fact]
    public async Task Divisions_KeepTheSectorsOfReadableFirmsAndOfLatentClasses()
    {
        await using var db = _db.CreateContext();
        var nace = await db.Companies.ToDictionaryAsync(c => c.Id, c => c.NaceCode);
        var all = await AllAsync(new MatchFilter());
        var giver = all.GroupBy(m => nace[m.OfferCompanyId!.Value][..2]).OrderByDescending(g => g.Count()).First().Key;
        var receiver = all.Where(m => m.Kind == MatchKind.Registered).GroupBy(m => nace[m.ReceiverCompanyId!.Value][..2]).OrderByDescending(g => g.Count()).First().Key;

        var byGiver = await AllAsync(new MatchFilter { GiverDivision = giver });
        var byReceiver = await AllAsync(new MatchFilter { ReceiverDivision = receiver });

        Assert.Equal(all.Where(m => nace[m.OfferCompanyId!.Value].StartsWith(giver, StringComparison.Ordinal)).Select(m => m.Id).ToHashSet(), byGiver.Select(m => m.Id).ToHashSet());
        var expected = all.Where(m => m.Kind == MatchKind.Latent
            ? m.LatentNaceCode!.StartsWith(receiver, StringComparison.Ordinal)
            : nace[m.ReceiverCompanyId!.Value].StartsWith(receiver, StringComparison.Ordinal)).Select(m => m.Id).ToHashSet();
        Assert.Equal(expected, byReceiver.Select(m => m.Id).ToHashSet());
    }

    [Fact]
    public async Task StaffFilters_NeverSelectByAHiddenFirmsSectorOrZone()
    {
        await using var db = _db.CreateContext();
        var zone = await db.Companies.Where(c => c.ZoneId != null).GroupBy(c => c.ZoneId).OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync();
        var other = await db.Companies.Where(c => c.ZoneId != null && c.ZoneId != zone).Select(c => c.ZoneId!.Value).FirstAsync();
        var firms = await db.Companies.ToDictionaryAsync(c => c.Id, c => (c.NaceCode, c.ZoneId));
        _db.CurrentUser.User = TestCurrentUser.Staff(zone);
        var seen = await AllAsync(new MatchFilter());
        Assert.NotEmpty(seen);

        // Another zone's firms are hidden to this reader: filtering on that zone finds nothing.
        Assert.Empty(await AllAsync(new MatchFilter { ZoneId = other }));
        Assert.Equal(seen.Count, (await AllAsync(new MatchFilter { ZoneId = zone })).Count);

        // A division only selects through a firm the reader sees (or a latent class on the card).
        var hiddenGivers = seen.Where(m => m.OfferCompanyId is null).Select(m => m.Id).ToList();
        Assert.NotEmpty(hiddenGivers);
        foreach (var division in (await db.Matches.Where(m => hiddenGivers.Contains(m.Id)).Select(m => m.OfferCompanyId).ToListAsync()).Select(id => firms[id].NaceCode[..2]).Distinct())
        {
            var kept = await AllAsync(new MatchFilter { GiverDivision = division });
            Assert.All(kept, m => Assert.NotNull(m.OfferCompanyId));
        }

        var anonymousReceivers = seen.Where(m => m.Kind == MatchKind.Registered && m.ReceiverCompanyId is null).ToList();
        Assert.NotEmpty(anonymousReceivers);
        foreach (var division in (await db.Matches.Where(m => anonymousReceivers.Select(a => a.Id).Contains(m.Id)).Select(m => m.ReceiverCompanyId).ToListAsync()).Select(id => firms[id].NaceCode[..2]).Distinct())
        {
            var kept = await AllAsync(new MatchFilter { ReceiverDivision = division });
            Assert.DoesNotContain(kept, m => m.Kind == MatchKind.Registered && m.ReceiverCompanyId is null);
        }
    }

    [Fact]
    public async Task Feedback_SeparatesAnsweredPairsFromUnanswered()
    {
        var all = await AllAsync(new MatchFilter(Kind: MatchKind.Registered));
        var target = all[0];
        _db.CurrentUser.User = await TestUsers.AddAsync(_db, Roles.FirmUser, target.OfferCompanyId!.Value);
        await _db.Services.GetRequiredService<MatchFeedbackService>().SetAsync(target.Id, new FeedbackInput(true));
        _db.CurrentUser.User = TestCurrentUser.Admin;

        var interested = await AllAsync(new MatchFilter { Feedback = FeedbackState.Interested });
        var unanswered = await AllAsync(new MatchFilter { Feedback = FeedbackState.Unanswered });

        Assert.Contains(interested, m => m.Id == target.Id);
        Assert.DoesNotContain(unanswered, m => m.Id == target.Id);
        var answered = interested.Concat(await AllAsync(new MatchFilter { Feedback = FeedbackState.NotInterested })).Select(m => m.Id).ToHashSet();
        Assert.Equal((await AllAsync(new MatchFilter())).Count, unanswered.Count + answered.Count);
    }

    [Theory]
    [InlineData("offer")]
    [InlineData("need")]
    [InlineData("giverDistrict")]
    [InlineData("receiverDistrict")]
    [InlineData("computed")]
    public async Task EveryColumn_Sorts_RowsWithTheSameKeyTogether(string column)
    {
        Func<MatchView, string?> key = column switch
        {
            "offer" => m => m.OfferDescription,
            "need" => m => m.NeedDescription,
            "giverDistrict" => m => m.OfferDistrict,
            "receiverDistrict" => m => m.ReceiverDistrict,
            _ => m => m.ComputedAt.UtcDateTime.Date.ToString("O"),
        };
        foreach (var descending in new[] { false, true })
        {
            var page = (await Matches.ListAsync(new PageRequest(0, 100, column, descending), new MatchFilter())).Items;
            var keys = page.Select(key).ToList();

            // Whatever the collation, a sorted list never comes back to a key it has left.
            var left = new HashSet<string?>();
            for (var i = 1; i < keys.Count; i++)
            {
                if (keys[i] != keys[i - 1])
                {
                    Assert.True(left.Add(keys[i - 1]), $"{column}: '{keys[i - 1]}' appears apart");
                    Assert.DoesNotContain(keys[i], left);
                }
            }
        }

        var ascending = (await Matches.ListAsync(new PageRequest(0, 100, column, false), new MatchFilter())).Items.Select(key).First();
        var descendingFirst = (await Matches.ListAsync(new PageRequest(0, 100, column, true), new MatchFilter())).Items.Select(key).First();
        if (column != "computed")
        {
            Assert.NotEqual(ascending, descendingFirst);
        }
    }

    [Theory]
    [InlineData(50, 40, "MaxScore")]
    [InlineData(0, 101, "MaxScore")]
    public async Task ScoreRange_UpsideDownOrOutOfBounds_IsRefusedAtTheField(int min, int max, string field)
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Matches.ListAsync(new PageRequest(), new MatchFilter(MinScore: min) { MaxScore = max }));
        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }

    [Fact]
    public async Task Division_NotTwoDigits_IsRefusedAtTheField()
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Matches.ListAsync(new PageRequest(), new MatchFilter { GiverDivision = "2", ReceiverDivision = "2a" }));
        Assert.Equal(["GiverDivision", "ReceiverDivision"], e.Errors.Select(x => x.Field).ToArray());
    }

    [Fact]
    public async Task BulkProposal_ProposesEachPairOnce_AndRefusesWhatIsOutOfReach()
    {
        await using var db = _db.CreateContext();
        var zone = await db.Companies.Where(c => c.ZoneId != null).GroupBy(c => c.ZoneId).OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync();
        var inZone = await db.Companies.Where(c => c.ZoneId == zone).Select(c => c.Id).ToListAsync();
        var ours = await db.Matches.Where(m => m.Kind == MatchKind.Registered && inZone.Contains(m.OfferCompanyId) && inZone.Contains(m.ReceiverCompanyId))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(3).ToListAsync();
        var outside = await db.Matches.Where(m => !inZone.Contains(m.OfferCompanyId) && !inZone.Contains(m.ReceiverCompanyId)).Select(m => m.Id).FirstAsync();
        Assert.Equal(3, ours.Count);
        _db.CurrentUser.User = TestCurrentUser.Staff(zone);
        var introductions = _db.Services.GetRequiredService<IntroductionService>();
        var before = await db.Introductions.CountAsync();

        var first = await introductions.ProposeManyAsync([.. ours, outside]);
        var second = await introductions.ProposeManyAsync(ours);

        Assert.Equal(new BulkIntroductionResult(3, 0, 1), first);
        Assert.Equal(new BulkIntroductionResult(0, 3, 0), second);
        Assert.Equal(before + 3, await db.Introductions.CountAsync());
        await Assert.ThrowsAsync<ValidationFailedException>(() => introductions.ProposeManyAsync([]));
    }

    private async Task<List<MatchView>> AllAsync(MatchFilter filter)
    {
        var all = new List<MatchView>();
        for (var page = 0; ; page++)
        {
            var result = await Matches.ListAsync(new PageRequest(page, 100), filter);
            all.AddRange(result.Items);
            if (all.Count >= result.TotalCount || result.Items.Count == 0)
            {
                Assert.Equal(result.TotalCount, all.Count);
                return all;
            }
        }
    }
}
