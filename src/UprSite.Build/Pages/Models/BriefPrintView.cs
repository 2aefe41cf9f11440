using UprSite.Build.Templates;

namespace UprSite.Build.Pages.Models;

/// <summary>What a brief needs on paper: the State page's public address and its QR code, and the PDF link.</summary>
/// <param name="OnlineUrl">The recommending State's page under base_url (what the QR code holds).</param>
/// <param name="PdfHref">Relative link to the brief's PDF; null when the build makes no PDFs.</param>
/// <param name="Paper">a4 or letter: the print stylesheet's named page.</param>
public sealed record BriefPrintView(string OnlineUrl, RawHtml QrCode, string? PdfHref, string? PdfDownloadName, string Paper);
