using UprSite.Core.Model;

namespace UprSite.Build.Output;

/// <summary>One file of the built site, in memory until Write.</summary>
/// <param name="Origin">The content file the page was made from, when there is one (for link diagnostics).</param>
/// <param name="Links">The links that content file wrote, with their lines and columns.</param>
public sealed record OutputFile(byte[] Content, SourceRef? Origin = null, IReadOnlyList<MarkdownLink>? Links = null)
{
    /// <summary>On a fallback page, the output path of the original it shows (its links were checked there).</summary>
    public string? FallbackOf { get; init; }
}
