namespace UprSite.Build.Pages.Models;

/// <summary>The State's voluntary pledges: how many, said to be counted in no figure, and each one.</summary>
public sealed record PledgesView(string Summary, IReadOnlyList<PledgeView> Items);
