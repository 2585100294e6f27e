using MediationFlow.Web.Presentation;

namespace MediationFlow.Web.Tests.Presentation;

/// <summary>
/// A deadline reads as its last day: a term that ends with 4 January passes at midnight before 5 January, and the
/// pages say 4 January, "due today" on that day and overdue from the next.
/// </summary>
public sealed class DeadlineDisplayTests
{
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);

    /// <summary>The end of 4 January 2027 where the councils are (version 3's term ending that day).</summary>
    private static readonly DateTimeOffset EndOfFourthJanuary = new(2027, 1, 5, 0, 0, 0, Kazakhstan);

    [Fact]
    public void A_term_that_ends_with_a_date_reads_as_that_date()
    {
        Assert.Equal(new DateOnly(2027, 1, 4), Display.LastDay(EndOfFourthJanuary));
    }

    [Fact]
    public void A_deadline_at_a_moment_of_the_day_reads_as_that_day()
    {
        Assert.Equal(new DateOnly(2027, 1, 5), Display.LastDay(new DateTimeOffset(2027, 1, 5, 14, 23, 0, Kazakhstan)));
    }

    [Fact]
    public void The_days_left_count_to_the_last_day_and_past_it()
    {
        Assert.Equal(30, Display.DaysLeft(EndOfFourthJanuary, new DateTimeOffset(2026, 12, 5, 9, 0, 0, Kazakhstan)));
        Assert.Equal(0, Display.DaysLeft(EndOfFourthJanuary, new DateTimeOffset(2027, 1, 4, 23, 0, 0, Kazakhstan)));
        Assert.Equal(-1, Display.DaysLeft(EndOfFourthJanuary, new DateTimeOffset(2027, 1, 5, 0, 30, 0, Kazakhstan)));
    }
}
