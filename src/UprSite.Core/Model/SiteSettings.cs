namespace UprSite.Core.Model;

/// <summary>What site.yml says: titles, languages, base URL, coalition, print settings and the licence of what it publishes.</summary>
/// <param name="Licence">The terms on which readers may reuse the site's charts and data ("CC BY 4.0: credit …"), printed on every chart download; empty when site.yml has none.</param>
public sealed record SiteSettings(
    LocalizedText Title,
    LocalizedText Description,
    string BaseUrl,
    IReadOnlyList<Language> Languages,
    Coalition Coalition,
    PrintSettings Print,
    LocalizedText? Licence = null)
{
    public Language DefaultLanguage => Languages.First(l => l.IsDefault);

    public Language? FindLanguage(string code) => Languages.FirstOrDefault(l => l.Code == code);
}
