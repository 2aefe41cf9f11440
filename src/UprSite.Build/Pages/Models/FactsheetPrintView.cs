using UprSite.Build.Templates;
namespace UprSite.Build.Pages.Models;

/// <summary>What a factsheet page needs for print and download: its public address, its QR code and PDF links.</summary>
/// <param name="OnlineUrl">The factsheet's absolute address under base_url (what the QR code holds).</param>
/// <param name="PdfHref">Relative link to the factsheet's PDF; null when the build makes no PDFs.</param>
/// <param name="PackHref">Relative link to the country's print pack in this language; null without PDFs.</param>
/// <param name="Paper">a4 or letter (site.yml print.paper): the print stylesheet's named page.</param>
public sealed record FactsheetPrintView(
    string OnlineUrl, RawHtml QrCode, string? PdfHref, string? PdfDownloadName, string? PackHref, string? PackDownloadName, string Paper);
