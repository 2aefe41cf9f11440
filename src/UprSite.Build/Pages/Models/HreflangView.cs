namespace UprSite.Build.Pages.Models;

/// <summary>One <c>&lt;link rel="alternate" hreflang&gt;</c> of a page: a real translation, or <c>x-default</c>.</summary>
public sealed record HreflangView(string Code, string AbsoluteUrl);
