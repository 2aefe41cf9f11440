namespace UprSite.Core.Model;

/// <summary>Where a piece of content came from, for diagnostics (the path as the user sees it).</summary>
public sealed record SourceRef(string Path);
