namespace UprSite.Printing.Tests.Support;

/// <summary>One page of a printed PDF: its size and its lines of text (points, from the top).</summary>
public sealed record PrintedPage(int Number, double Width, double Height, IReadOnlyList<TextLine> Lines)
{
    /// <summary>
    /// The share of the page's text area (between the top and bottom margins, where the running header and footer
    /// are left out) that lines of text cover: the union of their boxes' heights over the area's height.
    /// </summary>
    public double TextShare(double topMargin, double bottomMargin)
    {
        var (top, bottom) = (topMargin, Height - bottomMargin);
        var covered = 0.0;
        var reached = top;
        foreach (var line in Lines.Where(l => l.Bottom > top && l.Top < bottom).OrderBy(l => l.Top))
        {
            var (from, to) = (Math.Max(line.Top, reached), Math.Min(line.Bottom, bottom));
            if (to > from)
            {
                covered += to - from;
                reached = to;
            }
        }

        return covered / (bottom - top);
    }
}
