namespace UprSite.Build.Pages.Models;

/// <summary>All factsheets of one country in one language, printed one after the other.</summary>
public sealed record PrintPackView(IReadOnlyList<PackEntryView> Factsheets);
