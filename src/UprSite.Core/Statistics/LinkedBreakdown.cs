namespace UprSite.Core.Statistics;

/// <summary>
/// Recommendations split by an attribute only some sources give (SDG goals, affected persons): the groups, and how
/// many of the rows carry the attribute at all, so that a page can say what it counted.
/// </summary>
/// <param name="Groups">One per goal or group; a row with several counts once under each.</param>
/// <param name="Linked">Rows that carry at least one value of the attribute: the basis of the groups.</param>
/// <param name="Rows">Every row, linked or not.</param>
public sealed record LinkedBreakdown(IReadOnlyList<GroupFigures> Groups, int Linked, int Rows)
{
    /// <summary>Whether a dashboard shows the breakdown: some row carries the attribute.</summary>
    public bool IsShown => Linked > 0;
}
