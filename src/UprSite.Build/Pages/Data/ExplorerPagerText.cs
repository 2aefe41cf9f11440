namespace UprSite.Build.Pages.Data;

/// <summary>
/// What the explorer's pager says: "Page 2 of 207, recommendations 101 to 200 by State"; "…, recommendation 201 by
/// State" when the page holds one row; nothing when every row fits on one page (there is no other page to go to, and
/// the count above the table already says how many there are), nor when no row is shown.
/// </summary>
public static class ExplorerPagerText
{
    public const string RowsKey = "data.explorer.page";

    public const string OneRowKey = "data.explorer.page_one_row";

    /// <param name="first">The first row's number (1 for the first), 0 when the page holds none.</param>
    public static string Of(DataLabels l, int page, int pages, int first, int last)
    {
        if (pages <= 1 || first == 0 || last < first)
        {
            return string.Empty;
        }

        return Fill(l.T(first == last ? OneRowKey : RowsKey), l, page, pages, first, last);
    }

    public static string Fill(string template, DataLabels l, int page, int pages, int first, int last) => template
        .Replace("{page}", l.Format.Number(page), StringComparison.Ordinal)
        .Replace("{pages}", l.Format.Number(pages), StringComparison.Ordinal)
        .Replace("{first}", l.Format.Number(first), StringComparison.Ordinal)
        .Replace("{last}", l.Format.Number(last), StringComparison.Ordinal);
}
