namespace UprSite.Core.Statistics;

/// <summary>
/// One cycle as declared in country.yml (the official totals) and as counted from the rows. The site shows the
/// declared figures when there are some, and says so whenever the rows behind the charts disagree with them.
/// </summary>
/// <param name="Source">Where the declared totals come from (the report and its addendum).</param>
/// <param name="RowFiles">The files the cycle's rows were read from, in order.</param>
public sealed record CycleComparison(int Cycle, CycleFigures? Declared, CycleFigures? Rows, string? Source, IReadOnlyList<string> RowFiles)
{
    /// <summary>The figures to show: the declared ones when there are some, else those counted from the rows.</summary>
    public CycleFigures Shown => Declared ?? Rows ?? new CycleFigures(Cycle, 0, 0, 0);

    public bool IsDeclared => Declared is not null;

    /// <summary>
    /// True when both exist and any of received, supported, partly supported or noted differs. Declared totals count
    /// paragraphs, so the rows' paragraphs are compared when every row gives its paragraph, and the rows (by State)
    /// otherwise.
    /// </summary>
    public bool Disagrees => Declared is { } d && Rows is { } r && (r.ParagraphsKnown
        ? d.Received != r.Recommendations || d.Supported != r.RecommendationsSupported || d.Noted != r.RecommendationsNoted ||
          d.RecommendationsPartlySupported != r.RecommendationsPartlySupported
        : d.Received != r.Received || d.Supported != r.Supported || d.Noted != r.Noted || d.PartlySupported != r.PartlySupported);
}
