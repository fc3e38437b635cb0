namespace IzmirSymbiosis.Application.Common;

/// <summary>Dates as the firms read them: Türkiye is UTC+3 all year (no daylight saving since 2016).</summary>
public static class TurkeyTime
{
    /// <summary>Türkiye's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(3);

    /// <summary>Today's date in Türkiye (a permit is valid through its last day there).</summary>
    public static DateOnly TodayInTurkey(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
