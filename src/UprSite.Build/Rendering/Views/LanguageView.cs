namespace UprSite.Build.Rendering.Views;

/// <summary>A language as layouts see it.</summary>
public sealed record LanguageView(string Code, string Label, string Locale, string Dir);
