using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.UnitTests.Streams;

public sealed class StreamReminderTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MayRemind_NeverReminded_True() => Assert.True(ResourceStream.MayRemind(null, s_now));

    [Fact]
    public void MayRemind_WithinThirtyDays_False() => Assert.False(ResourceStream.MayRemind(s_now.AddDays(-29), s_now));

    [Fact]
    public void MayRemind_ThirtyDaysAgo_True() => Assert.True(ResourceStream.MayRemind(s_now.AddDays(-30), s_now));
}
