namespace UprSite.Build.Pages.Models;

/// <summary>A print pack's page: its cover, then every factsheet written in its language.</summary>
public sealed record PrintPackView(PackCoverView Cover, IReadOnlyList<PackEntryView> Factsheets);
