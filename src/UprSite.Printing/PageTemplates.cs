using System.Net;
using UprSite.Build.Templates;

namespace UprSite.Printing;

/// <summary>
/// The running header and footer Chromium draws in the margins of every PDF page: the coalition and the theme on
/// top, the online address with its QR code below. Chromium renders them apart from the page, so they carry their
/// own styles; the page's print stylesheet leaves the bottom-right corner to its page counter.
/// </summary>
public sealed record PageTemplates(string Header, string Footer)
{
    private const string Font = "font-family:'Noto Sans','Noto Sans Khmer','Khmer OS',sans-serif;";

    /// <param name="language">The page's language code, so that Khmer gets its line height.</param>
    public static PageTemplates For(string language, string coalition, string title, string onlineLabel, string url, RawHtml qr)
    {
        var lineHeight = language == "km" ? "1.7" : "1.3";
        var header =
            $"<div lang=\"{Encode(language)}\" style=\"{Font}font-size:7.5pt;line-height:{lineHeight};color:#333;width:100%;margin:0 15mm;padding-bottom:2pt;"
            + "border-bottom:1pt solid #0b5cab;display:flex;justify-content:space-between;gap:12pt;-webkit-print-color-adjust:exact;\">"
            + $"<span style=\"font-weight:700;color:#0b5cab;\">{Encode(coalition)}</span><span>{Encode(title)}</span></div>";
        var footer =
            $"<div lang=\"{Encode(language)}\" style=\"{Font}font-size:7pt;line-height:{lineHeight};color:#333;width:100%;margin:0 15mm 0;padding-right:18mm;"
            + "display:flex;align-items:center;gap:7pt;-webkit-print-color-adjust:exact;\">"
            + $"<span style=\"display:block;width:14mm;height:14mm;flex:none;\">{qr.Value.Replace("<svg ", "<svg width=\"100%\" height=\"100%\" ", StringComparison.Ordinal)}</span>"
            + $"<span><b>{Encode(onlineLabel)}</b><br><span style=\"color:#0b5cab;\">{Encode(url)}</span></span></div>";
        return new PageTemplates(header, footer);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
