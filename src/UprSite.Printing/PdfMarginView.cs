using UprSite.Build.Templates;

namespace UprSite.Printing;

/// <summary>What partials/pdf-header.html and partials/pdf-footer.html read, as <c>pdf.*</c>.</summary>
/// <param name="Lang">The page's language code (km), for the lang attribute and its line height.</param>
/// <param name="Coalition">The coalition's name in that language.</param>
/// <param name="Title">The factsheet's title, or the country and "Factsheets" for a print pack.</param>
/// <param name="OnlineLabel">The label before the online address ("Read online").</param>
/// <param name="Url">The page's public address.</param>
/// <param name="Qr">An SVG QR code of <paramref name="Url"/>.</param>
/// <param name="Logo">The coalition's logo as a data: URI (the margins load nothing), or null when site.yml names none.</param>
/// <param name="Styles">
/// The theme's tokens.css and the site's custom.css, for a &lt;style&gt; element: Chromium draws the margins apart from
/// the page and loads no stylesheet there, so the partials carry the tokens with them.
/// </param>
public sealed record PdfMarginView(string Lang, string Coalition, string Title, string OnlineLabel, string Url, RawHtml Qr, RawHtml Styles)
{
    public string? Logo { get; init; }
}
