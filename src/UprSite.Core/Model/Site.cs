namespace UprSite.Core.Model;

/// <summary>The whole validated site: settings, countries with their factsheets, free pages.</summary>
public sealed record Site(SiteSettings Settings, IReadOnlyList<Country> Countries, IReadOnlyList<Page> Pages)
{
    /// <summary>The versions of one factsheet in every language it exists in.</summary>
    public IReadOnlyList<Factsheet> TranslationsOf(Factsheet factsheet) =>
        Countries.Where(c => c.Code == factsheet.CountryCode)
            .SelectMany(c => c.Factsheets)
            .Where(f => f.Slug == factsheet.Slug)
            .ToList();

    public IReadOnlyList<Page> TranslationsOf(Page page) => Pages.Where(p => p.Name == page.Name).ToList();
}
