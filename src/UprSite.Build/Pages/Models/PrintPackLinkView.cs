namespace UprSite.Build.Pages.Models;

/// <summary>The country page's link to its print pack: every factsheet written in the page's language, in one PDF.</summary>
public sealed record PrintPackLinkView(string Href, string DownloadName);
