namespace UprSite.Printing;

/// <summary>
/// Which fit a factsheet prints at, from its measured height at each candidate fit: the fewest pages it can take at
/// the most compact fit, then the roomiest fit that still fills only those pages, so that a factsheet that fits one
/// page prints on one and one that needs two fills both. Print.css maps a fit (0 to 1) to type size and spacing; at 0
/// the body is still at its readable minimum.
/// </summary>
public static class FitChoice
{
    /// <summary>The fits measured, most compact first.</summary>
    public static readonly IReadOnlyList<double> Candidates = [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1];

    /// <summary>
    /// Room kept free on the last page, in pages: the measure is of the text as one column, and Chromium's page breaks
    /// (an item or the recommendations box moved whole to the next page) only add to it.
    /// </summary>
    public const double Slack = 0.02;

    /// <summary>The pages a height takes; a hair over a page (rounding of layout units) still counts as that page.</summary>
    public static int Pages(double height, double pageHeight) => Math.Max(1, (int)Math.Ceiling(height / pageHeight - 0.001));

    /// <summary>The index in <see cref="Candidates"/> to print at first, and the pages it should take.</summary>
    /// <param name="heights">The part's height at each candidate fit.</param>
    public static (int Index, int Pages) First(IReadOnlyList<double> heights, double pageHeight)
    {
        var pages = Pages(heights[0], pageHeight);
        return (Roomiest(heights, pageHeight, pages), pages);
    }

    /// <summary>The roomiest candidate whose height leaves <see cref="Slack"/> free on the last of <paramref name="pages"/>; 0 when none does.</summary>
    public static int Roomiest(IReadOnlyList<double> heights, double pageHeight, int pages)
    {
        for (var i = heights.Count - 1; i > 0; i--)
        {
            if (heights[i] <= (pages - Slack) * pageHeight)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The fit to try after one printed on more pages than measured: two steps more compact, never below 0.</summary>
    public static int Tighter(int index) => Math.Max(0, index - 2);
}
