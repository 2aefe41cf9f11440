using UprSite.Build.Pages.Data;

namespace UprSite.Build.Tests.Pages.Briefs;

public sealed class BriefSelectionTests
{
    [Fact]
    public void A_few_recommendations_are_all_in_full()
    {
        Assert.Equal([2, 1], BriefSelection.InFull([[3, 3], [2]], draftLines: 20));
    }

    [Fact]
    public void The_newest_cycle_keeps_its_first_recommendation_however_long_and_the_older_cycles_go_to_figures()
    {
        Assert.Equal([1, 0], BriefSelection.InFull([[500, 3], [2]], draftLines: 0));
    }

    [Fact]
    public void The_newest_cycle_fills_the_room_and_an_older_cycle_is_in_full_only_when_all_of_it_fits()
    {
        // 88 lines, less 3 per cycle heading: 28 rows of 3 lines fill the newest cycle's 85.
        Assert.Equal([28, 0], BriefSelection.InFull([Enumerable.Repeat(3, 40).ToList(), [1]], draftLines: 0));
        // 10 rows of the newest (30 lines + 3) leave 52: an older cycle of 60 goes to figures, and so does the oldest.
        Assert.Equal([10, 0, 0], BriefSelection.InFull([Enumerable.Repeat(3, 10).ToList(), [30, 30], [1]], draftLines: 0));
    }

    [Fact]
    public void Long_drafts_leave_the_recommendations_their_minimum_and_khmer_less_room()
    {
        var rows = Enumerable.Repeat(2, 60).ToList();
        Assert.Equal((BriefSelection.MinimumRowLines - BriefSelection.CycleLines) / 2, BriefSelection.InFull([rows], draftLines: 500)[0]);
        Assert.True(BriefSelection.InFull([rows], 20, khmer: true)[0] < BriefSelection.InFull([rows], 20)[0]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    public void A_text_takes_a_line_per_hundred_characters(int length, int lines)
    {
        Assert.Equal(lines, BriefSelection.LinesOf(new string('a', length)));
    }
}
