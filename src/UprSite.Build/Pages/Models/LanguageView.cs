namespace UprSite.Build.Pages.Models;

/// <summary>A language as layouts see it.</summary>
public sealed record LanguageView(string Code, string Label, string Locale, string Dir)
{
    /// <summary>The locale as Open Graph writes it (en_GB for en-GB).</summary>
    public string OgLocale { get; init; } = Locale.Replace('-', '_');
}
