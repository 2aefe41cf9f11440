namespace UprSite.Build.Pages.Models;

/// <summary>The same page in another language: for the language switcher and hreflang links.</summary>
public sealed record AlternateView(string Code, string Label, string Href, string AbsoluteUrl, bool IsCurrent);
