namespace UprSite.Build.Pages.Models;

/// <summary>A theme and the recommending States that asked most on it, each linked to its page.</summary>
public sealed record IssueLeadersView(string Issue, string Count, IReadOnlyList<LinkView> States);
