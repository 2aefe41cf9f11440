namespace UprSite.Core.Factsheets;

/// <summary>The questions or the recommendations of a factsheet: the heading that opens the part and its list's items.</summary>
/// <param name="Heading">The heading's text as written (without its {#id}).</param>
/// <param name="Line">1-based line of the heading in the source file.</param>
public sealed record FactsheetPart(string Heading, int Line, IReadOnlyList<FactsheetItem> Items);
