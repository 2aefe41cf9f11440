namespace UprSite.Build.Charts;

/// <summary>How a chart draws its series.</summary>
public enum ChartShape
{
    /// <summary>One column per category, series stacked (cycles, action categories).</summary>
    StackedColumn,

    /// <summary>One horizontal bar per category, series stacked, first category on top (themes, States).</summary>
    StackedBar,

    /// <summary>One group of horizontal bars per category, one bar per series side by side (a theme's count in each cycle: its trend).</summary>
    GroupedBar,

    /// <summary>Shares (0–1) joined by a line across categories (supported share per cycle).</summary>
    ShareLine,

    /// <summary>One ring divided between the categories, from the first series (supported vs noted).</summary>
    Doughnut,
}

/// <summary>How each shape lays out its axes.</summary>
public static class ChartShapes
{
    /// <summary>Categories down the side, values along the bottom.</summary>
    public static bool IsHorizontal(this ChartShape shape) => shape is ChartShape.StackedBar or ChartShape.GroupedBar;
}
