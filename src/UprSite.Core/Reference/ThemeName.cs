namespace UprSite.Core.Reference;

/// <summary>A theme's name as a page shows it; <see cref="Lang"/> is the language of the text when it is not the page's (the English fallback).</summary>
public sealed record ThemeName(string Text, string? Lang);
