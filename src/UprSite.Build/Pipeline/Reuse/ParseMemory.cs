using Markdig.Syntax;
using UprSite.Build.Content;
using UprSite.Core.Model;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// What Parse made of each country.yml, factsheet and page, for the next build in the same process (<c>serve</c>):
/// an unchanged file gives the same <see cref="Country"/>, <see cref="Factsheet"/> or <see cref="Page"/> object and
/// Markdown tree, which is how Validate, Compute and Render know that nothing of it changed. Kept only while the
/// <see cref="SourceContext"/> (site.yml, UI strings, theme, options) is the same.
/// </summary>
public sealed class ParseMemory
{
    public FileMemo<Country?> Countries { get; } = new();

    public FileMemo<(Factsheet? Factsheet, FactsheetMarkdown? Markdown)> Factsheets { get; } = new();

    public FileMemo<(Page? Page, MarkdownDocument? Markdown)> Pages { get; } = new();

    public void Clear()
    {
        Countries.Clear();
        Factsheets.Clear();
        Pages.Clear();
    }

    /// <summary>Parse ran to its end: what it made is what the next build takes again.</summary>
    public void End()
    {
        Countries.End();
        Factsheets.End();
        Pages.End();
    }
}
