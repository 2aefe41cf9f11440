namespace UprSite.Core.Statistics;

/// <summary>The recommending States that made the most recommendations on one issue, most first.</summary>
public sealed record IssueLeaders(string Issue, int Received, IReadOnlyList<GroupFigures> States);
