using Markdig.Syntax;
using UprSite.Core.Model;

namespace UprSite.Build.Content;

/// <summary>
/// The Markdown of every factsheet and page, as parsed, found by the source file it came from. Core's model keeps
/// text and positions only; Render turns these trees into HTML for each page that shows them.
/// </summary>
public sealed class MarkdownContent
{
    private readonly Dictionary<string, FactsheetMarkdown> _factsheets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MarkdownDocument> _pages = new(StringComparer.Ordinal);

    public void Add(SourceRef source, FactsheetMarkdown factsheet) => _factsheets[source.Path] = factsheet;

    public void Add(SourceRef source, MarkdownDocument page) => _pages[source.Path] = page;

    public FactsheetMarkdown Of(Factsheet factsheet) => _factsheets[factsheet.Source.Path];

    public MarkdownDocument Of(Page page) => _pages[page.Source.Path];
}
