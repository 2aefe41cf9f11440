namespace UprSite.Core.Factsheets;

/// <summary>One numbered question or recommendation of a factsheet.</summary>
/// <param name="Number">1-based position in its list; the item's anchor is built from it (#recommendation-2).</param>
/// <param name="Text">The item as plain text (for checks and for copying).</param>
/// <param name="Line">1-based line of the item's first word in the source file.</param>
/// <param name="Column">1-based column of the item's first word.</param>
public sealed record FactsheetItem(int Number, string Text, int Line, int Column);
