using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.I18n;

/// <summary>
/// How the language versions of one page point at each other: the switcher reaches every language (a fallback page
/// included), hreflang names only real translations plus x-default, as search engines expect.
/// </summary>
public sealed class LanguageLinks(SiteSettings settings)
{
    /// <summary>The page's output path in every language of the site, in site.yml order.</summary>
    public IReadOnlyDictionary<string, string> Everywhere(Func<string, string> pathIn) =>
        settings.Languages.ToDictionary(l => l.Code, l => pathIn(l.Code));

    /// <summary>The language a missing translation falls back to: the default language when written, else the first written.</summary>
    public Language OriginOf(IReadOnlyCollection<string> writtenLanguages) =>
        writtenLanguages.Contains(settings.DefaultLanguage.Code)
            ? settings.DefaultLanguage
            : settings.Languages.First(l => writtenLanguages.Contains(l.Code));

    /// <param name="writtenLanguages">The languages the page really exists in.</param>
    /// <param name="xDefaultPath">Where a reader whose language the site lacks should go.</param>
    public IReadOnlyList<HreflangView> Hreflangs(IReadOnlyCollection<string> writtenLanguages, Func<string, string> pathIn, string xDefaultPath) =>
        settings.Languages.Where(l => writtenLanguages.Contains(l.Code))
            .Select(l => new HreflangView(l.Code, Absolute(pathIn(l.Code))))
            .Append(new HreflangView("x-default", Absolute(xDefaultPath)))
            .ToList();

    public string Absolute(string path) => SitePaths.Absolute(settings.BaseUrl, path);

    public static string Dir(Language language) => language.Direction == TextDirection.Rtl ? "rtl" : "ltr";
}
