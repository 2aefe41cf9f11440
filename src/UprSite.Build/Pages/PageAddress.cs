namespace UprSite.Build.Pages;

/// <summary>What names one page of a kind: its language, and for some kinds a country and a slug (factsheet, page, State).</summary>
public sealed record PageAddress(string Language, string? Country = null, string? Slug = null);
