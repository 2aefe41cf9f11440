namespace UprSite.Build.Printing;

/// <summary>How to print: which Chromium (null: look for it) and where the PDF cache lives.</summary>
public sealed record PrintOptions(string? ChromiumPath, string CacheDir);
