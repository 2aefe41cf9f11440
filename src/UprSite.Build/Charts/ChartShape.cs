namespace UprSite.Build.Charts;

/// <summary>How a chart draws its series.</summary>
public enum ChartShape
{
    /// <summary>One column per category, series stacked (cycles, action categories).</summary>
    StackedColumn,

    /// <summary>One horizontal bar per category, series stacked, first category on top (themes, States).</summary>
    StackedBar,

    /// <summary>Shares (0–1) joined by a line across categories (supported share per cycle).</summary>
    ShareLine,

    /// <summary>One ring divided between the categories, from the first series (supported vs noted).</summary>
    Doughnut,
}
