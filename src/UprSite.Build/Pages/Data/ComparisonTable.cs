using UprSite.Build.Charts;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// One table of a comparison view: its data (title, summary, note, columns, rows), whether it is also drawn as a
/// chart, and the data its CSV holds when that is not the table itself (every pair a cross table only samples).
/// </summary>
public sealed record ComparisonTable(ChartData Data, bool IsChart, ChartData? Download = null)
{
    /// <summary>What the CSV download of the table writes.</summary>
    public ChartData Csv => Download ?? Data;
}
