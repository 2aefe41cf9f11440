namespace UprSite.Core.Statistics;

/// <summary>
/// How many rows of one cycle carry an attribute that only some sources give (a UPR issue: UPR Info codes it, DIHR
/// does not): a breakdown by that attribute counts over <see cref="With"/>, never over <see cref="Rows"/>.
/// </summary>
public sealed record AttributeCoverage(int Cycle, int Rows, int With)
{
    public int Without => Rows - With;

    public bool None => With == 0;
}
