namespace UprSite.Printing.Tests;

public sealed class FitChoiceTests
{
    private const double Page = 1000;

    [Fact]
    public void A_factsheet_that_fits_one_page_when_compact_takes_the_roomiest_fit_that_still_fits_it()
    {
        double[] heights = [700, 760, 820, 880, 940, 985, 1040, 1100, 1160];

        Assert.Equal((4, 1), FitChoice.First(heights, Page));
    }

    [Fact]
    public void A_factsheet_over_one_page_when_compact_fills_two_up_to_the_roomiest_fit()
    {
        double[] heights = [1040, 1110, 1180, 1250, 1320, 1390, 1460, 1530, 1600];

        Assert.Equal((8, 2), FitChoice.First(heights, Page));
    }

    [Fact]
    public void A_factsheet_that_only_just_fits_one_page_at_the_most_compact_fit_stays_at_it()
    {
        double[] heights = [995, 1040, 1100, 1160, 1220, 1280, 1340, 1400, 1460];

        Assert.Equal((0, 1), FitChoice.First(heights, Page));
    }

    [Fact]
    public void The_last_page_keeps_some_room_for_page_breaks_the_measure_cannot_see()
    {
        double[] heights = [1500, 1600, 1700, 1800, 1900, 1970, 1990, 2100, 2200];

        Assert.Equal((5, 2), FitChoice.First(heights, Page));
        Assert.Equal(3, FitChoice.Tighter(5));
        Assert.Equal(0, FitChoice.Tighter(1));
    }

    [Fact]
    public void A_hair_over_a_page_in_layout_units_is_still_that_page()
    {
        Assert.Equal(1, FitChoice.Pages(1000.4, Page));
        Assert.Equal(2, FitChoice.Pages(1002, Page));
        Assert.Equal(1, FitChoice.Pages(0, Page));
    }
}
