namespace UprSite.Core.Model;

/// <summary>A link written in Markdown, with its place in the source file (1-based), for link diagnostics.</summary>
public sealed record MarkdownLink(string Url, int Line, int Column);
