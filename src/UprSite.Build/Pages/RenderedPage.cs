namespace UprSite.Build.Pages;

/// <summary>A page Render wrote: its kind, its address, and whether it shows another language's text (a fallback).</summary>
/// <param name="Source">The Markdown file its text comes from, if any.</param>
public sealed record RenderedPage(PageKind Kind, PageAddress Address, bool IsFallback, string? Source)
{
    public string Path => Kind.PathOf(Address);
}
