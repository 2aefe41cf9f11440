namespace UprSite.Core.Model;

/// <summary>A language of the site, as declared in site.yml.</summary>
/// <param name="Code">Short code used in file names and URLs (en, km, fr).</param>
/// <param name="Label">The language's name in its own script (English, ខ្មែរ, Français).</param>
/// <param name="Locale">BCP 47 locale for number and date formatting (en-GB, km-KH).</param>
public sealed record Language(string Code, string Label, string Locale, TextDirection Direction, bool IsDefault)
{
    /// <summary>Latin or the language's own digits for numbers and dates (site.yml <c>digits:</c>, latin by default).</summary>
    public DigitStyle Digits { get; init; } = DigitStyle.Latin;
}
