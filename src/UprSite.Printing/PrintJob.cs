using UprSite.Core.Model;

namespace UprSite.Printing;

/// <summary>One PDF to print: the page it is printed from and where the PDF goes, both output paths.</summary>
/// <param name="Label">How messages name it ("the English factsheet 'land' of kh").</param>
/// <param name="Source">The factsheet file, where a page-limit error points; null for a print pack.</param>
/// <param name="MaxPages">The most pages it may take; null for a print pack.</param>
/// <param name="Templates">The running header and footer of its pages.</param>
/// <param name="Date">The PDF's creation date: when the factsheet (or the newest factsheet of a pack) was updated.</param>
/// <param name="Language">The language it is written in (the pack's contents number their pages in its digits).</param>
/// <param name="PackParts">For a print pack, the PDF paths of its factsheets in the pack's order; null for a factsheet.</param>
/// <param name="Brief">A recommending State's brief: printed like a factsheet, over its page limit a warning (UPR0730) rather than an error.</param>
public sealed record PrintJob(string PagePath, string PdfPath, string Label, SourceRef? Source, int? MaxPages, PageTemplates Templates, DateOnly? Date,
    Language Language, IReadOnlyList<string>? PackParts = null, bool Brief = false);
