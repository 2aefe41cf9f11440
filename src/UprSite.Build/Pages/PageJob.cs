using UprSite.Build.Markdown;
using UprSite.Build.Pages.Models;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Pages;

/// <summary>One page to render: its kind and address, its model, and for Markdown pages where its text came from.</summary>
/// <param name="Origin">The Markdown file the page's text comes from, for link diagnostics.</param>
/// <param name="FallbackOf">On a fallback page, the original's path.</param>
public sealed record PageJob(PageKind Kind, PageAddress Address, Language Language, PageModel Model, ViewFactory Views,
    SourceRef? Origin = null, IReadOnlyList<MarkdownLink>? Links = null, string? FallbackOf = null)
{
    public string Path => Kind.PathOf(Address);
}
