using Markdig.Syntax;

namespace UprSite.Build.Content;

/// <summary>The blocks of the questions or the recommendations: before the list, its items (in order), after it.</summary>
/// <param name="Tight">Whether the list is tight, so that an item's text is shown without &lt;p&gt;.</param>
public sealed record FactsheetPartMarkdown(IReadOnlyList<Block> Intro, IReadOnlyList<ListItemBlock> Items, bool Tight, IReadOnlyList<Block> Outro);
