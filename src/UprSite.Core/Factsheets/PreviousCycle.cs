namespace UprSite.Core.Factsheets;

/// <summary>What one review brought on a factsheet's issues: how many recommendations, the answers, who made them.</summary>
/// <param name="RecommendingStates">Distinct States that made them, sorted by name.</param>
public sealed record PreviousCycle(int Cycle, int Total, int Supported, int Noted, IReadOnlyList<string> RecommendingStates)
{
    public int Pending => Total - Supported - Noted;
}
