namespace UprSite.Build.Pages.Models;

/// <summary>A recommending State page's links to its brief: the print view, and its PDF when the build makes one.</summary>
public sealed record BriefLinkView(string Href, string? PdfHref, string? PdfDownloadName);
