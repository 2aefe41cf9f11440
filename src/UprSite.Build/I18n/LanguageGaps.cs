namespace UprSite.Build.I18n;

/// <summary>What one language of the site still lacks, for the summary of <c>uprsite check</c>.</summary>
/// <param name="Content">Files to write: factsheets and pages that readers of this language see in another language.</param>
/// <param name="Texts">Texts in site.yml and country.yml that have no version in this language ("input/site.yml: title").</param>
/// <param name="UiStrings">UI string keys with no text in this language.</param>
public sealed record LanguageGaps(string Language, IReadOnlyList<string> Content, IReadOnlyList<string> Texts, IReadOnlyList<string> UiStrings)
{
    public bool IsComplete => Content.Count == 0 && Texts.Count == 0 && UiStrings.Count == 0;
}
