namespace UprSite.Core.Model;

/// <summary>A free page (about, the UPR process…) in one language; translations share the name.</summary>
public sealed record Page(string Name, string Language, string Title, string? Description, MarkdownBody Body, SourceRef Source)
{
    /// <summary>The first paragraph's text, shortened (<see cref="Text.Excerpt"/>); null when the body has no paragraph.</summary>
    public string? Excerpt { get; init; }
}
