namespace UprSite.Core.Model;

/// <summary>Official totals for one review, as published (report of the Working Group and its addendum).</summary>
public sealed record DeclaredTotals(int Received, int Supported, int Noted, string Source)
{
    /// <summary>Recommendations with no response yet (received minus supported minus noted).</summary>
    public int Pending => Math.Max(0, Received - Supported - Noted);
}
