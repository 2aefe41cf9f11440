namespace UprSite.Build.Search;

/// <summary>One result the search can give: a page, or a recommendation's row on the explorer.</summary>
/// <param name="Kind">factsheet, page, country, state or recommendation (search.js words it with the UI strings).</param>
/// <param name="Path">The output path it links to, with an anchor for a recommendation.</param>
/// <param name="Lang">The language its text is in.</param>
/// <param name="Snippet">A line under the title: the description, or the recommendation's text cut short.</param>
/// <param name="Text">Everything it is found by (title, snippet and body included).</param>
public sealed record SearchDocument(string Kind, string Title, string Path, string Lang, string Snippet, string Text);
