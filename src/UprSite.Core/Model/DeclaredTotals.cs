namespace UprSite.Core.Model;

/// <summary>Official totals for one review, as published (report of the Working Group and its addendum).</summary>
/// <param name="PartlySupported">Recommendations the addendum supports in part (and notes in part), when the source counts them.</param>
public sealed record DeclaredTotals(int Received, int Supported, int Noted, string Source, int PartlySupported = 0)
{
    /// <summary>Recommendations with no response yet (received minus supported, partly supported and noted).</summary>
    public int Pending => Math.Max(0, Received - Supported - Noted - PartlySupported);
}
