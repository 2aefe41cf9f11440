using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Reference;

public sealed class WorkingGroupSessionsTests
{
    [Fact]
    public void Sessions_1_to_50_are_numbered_in_order_with_the_cycle_of_their_number()
    {
        Assert.Equal(Enumerable.Range(1, 50), WorkingGroupSessions.All.Select(s => s.Number));
        Assert.All(WorkingGroupSessions.All, s => Assert.Equal(UprCycles.CycleOfSession(s.Number), s.Cycle));
        Assert.All(WorkingGroupSessions.All, s => Assert.InRange(s.StartMonth, 1, 12));
        Assert.All(WorkingGroupSessions.All, s => Assert.InRange(s.EndMonth, 1, 12));
    }

    [Fact]
    public void Each_session_ends_within_two_months_of_its_start_and_before_the_next_one_starts()
    {
        Assert.All(WorkingGroupSessions.All, s => Assert.InRange((s.EndYear * 12) + s.EndMonth - (s.StartYear * 12) - s.StartMonth, 0, 1));
        Assert.All(WorkingGroupSessions.All.Zip(WorkingGroupSessions.All.Skip(1)),
            p => Assert.True((p.First.EndYear, p.First.EndMonth).CompareTo((p.Second.StartYear, p.Second.StartMonth)) < 0, $"{p.First} / {p.Second}"));
    }

    [Fact]
    public void Only_session_50_has_months_that_are_announced_rather_than_checked()
    {
        Assert.Equal([50], WorkingGroupSessions.All.Where(s => s.Announced).Select(s => s.Number));
        Assert.Equal((2025, 1), (WorkingGroupSessions.Find(48)!.StartYear, WorkingGroupSessions.Find(48)!.StartMonth));
    }

    [Theory]
    [InlineData(6, 2009, 12)]
    [InlineData(18, 2014, 1)]
    [InlineData(32, 2019, 1)]
    [InlineData(46, 2024, 5)]
    public void Cambodias_four_reviews_fall_within_their_sessions(int session, int year, int month)
    {
        Assert.True(WorkingGroupSessions.Find(session)!.Spans(year, month));
        Assert.False(WorkingGroupSessions.Find(session + 1)!.Spans(year, month));
    }

    [Fact]
    public void A_session_outside_the_table_is_not_found()
    {
        Assert.Null(WorkingGroupSessions.Find(0));
        Assert.Null(WorkingGroupSessions.Find(51));
    }
}
