using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Notifications;

namespace IzmirSymbiosis.Domain.UnitTests.Notifications;

public sealed class NotificationPreferenceTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_NoDigestAndDefaultThreshold()
    {
        var p = new NotificationPreference(Guid.NewGuid(), EmailMode.Immediate, "tr");

        Assert.False(p.WeeklyMatchDigest);
        Assert.Equal(NotificationPreference.DefaultDigestThreshold, p.MatchDigestThreshold);
        Assert.Null(p.MatchDigestCoveredUntil);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void SetMatchDigest_ThresholdOutOfRange_Throws(int threshold)
    {
        var p = new NotificationPreference(Guid.NewGuid(), EmailMode.Immediate, "tr");

        var e = Assert.Throws<DomainException>(() => p.SetMatchDigest(true, threshold, s_now));

        Assert.Equal("Notifications.DigestThresholdRange", e.Code);
        Assert.Equal(nameof(NotificationPreference.MatchDigestThreshold), e.Field);
        Assert.False(p.WeeklyMatchDigest);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void SetMatchDigest_ThresholdAtBounds_Accepted(int threshold)
    {
        var p = new NotificationPreference(Guid.NewGuid(), EmailMode.Immediate, "tr");

        p.SetMatchDigest(true, threshold, s_now);

        Assert.Equal(threshold, p.MatchDigestThreshold);
    }

    [Fact]
    public void SetMatchDigest_SwitchedOn_StartsNow_AndKeepsStartWhenSavedAgain()
    {
        var p = new NotificationPreference(Guid.NewGuid(), EmailMode.Immediate, "tr");

        p.SetMatchDigest(true, 70, s_now);
        p.SetMatchDigest(true, 80, s_now.AddDays(3));

        Assert.True(p.WeeklyMatchDigest);
        Assert.Equal(s_now, p.MatchDigestCoveredUntil);
        Assert.Equal(80, p.MatchDigestThreshold);
    }
}
