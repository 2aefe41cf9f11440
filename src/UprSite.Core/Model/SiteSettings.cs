namespace UprSite.Core.Model;

/// <summary>What site.yml says: titles, languages, base URL, coalition and print settings.</summary>
public sealed record SiteSettings(
    LocalizedText Title,
    LocalizedText Description,
    string BaseUrl,
    IReadOnlyList<Language> Languages,
    Coalition Coalition,
    PrintSettings Print)
{
    public Language DefaultLanguage => Languages.First(l => l.IsDefault);

    public Language? FindLanguage(string code) => Languages.FirstOrDefault(l => l.Code == code);
}
