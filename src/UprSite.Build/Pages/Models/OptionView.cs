namespace UprSite.Build.Pages.Models;

/// <summary>A choice of a filter: the value the rows carry, its label, how many rows have it.</summary>
public sealed record OptionView(string Value, string Label, string Count);
