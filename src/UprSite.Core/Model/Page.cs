namespace UprSite.Core.Model;

/// <summary>A free page (about, the UPR process…) in one language; translations share the name.</summary>
public sealed record Page(string Name, string Language, string Title, string? Description, RenderedMarkdown Body, SourceRef Source);
