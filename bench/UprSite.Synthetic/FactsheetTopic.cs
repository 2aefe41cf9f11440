namespace UprSite.Synthetic;

/// <summary>A factsheet's theme: its file name, the UPR Info issues and SDG goals it names, and its title per language.</summary>
public sealed record FactsheetTopic(string Slug, IReadOnlyList<string> Issues, IReadOnlyList<int> Sdgs, IReadOnlyDictionary<string, string> Titles);
