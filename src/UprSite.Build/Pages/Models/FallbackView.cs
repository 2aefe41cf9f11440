namespace UprSite.Build.Pages.Models;

/// <summary>
/// The notice on a page shown in another language because the reader's has no translation yet, in the reader's
/// language, with a link to the original page.
/// </summary>
/// <param name="Notice">"This factsheet is not yet available in Khmer; here is the English version."</param>
/// <param name="LinkLabel">The link to the original, in the reader's language.</param>
/// <param name="Href">The original page, relative to this one.</param>
/// <param name="Lang">The original's language code (hreflang of the link).</param>
public sealed record FallbackView(string Notice, string LinkLabel, string Href, string Lang);
