using Markdig.Syntax;

namespace UprSite.Build.Content;

/// <summary>
/// A factsheet's body as Markdown blocks, kept until Render: the whole document and the same blocks split as in
/// <see cref="Core.Factsheets.FactsheetSections"/> (the context, the two parts, the sections that follow them).
/// </summary>
public sealed record FactsheetMarkdown(
    MarkdownDocument Document,
    IReadOnlyList<Block> Context,
    FactsheetPartMarkdown? Questions,
    FactsheetPartMarkdown? Recommendations,
    IReadOnlyList<Block> More);
