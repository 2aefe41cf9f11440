using UprSite.Build.Compute;
using UprSite.Core.Model;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// What pages of every country may read besides their own country's factsheets: every country's country.yml, rows,
/// ratings and pledges (the countries without their factsheets), the free pages, the figures across countries, the
/// build's date and the PDFs planned. <see cref="PageGroups"/> keeps no group when any of these changed.
/// </summary>
public sealed class SiteInputs
{
    private readonly Country[] _countries;
    private readonly Page[] _pages;
    private readonly object[] _figures;
    private readonly string _settings;

    private SiteInputs(Country[] countries, Page[] pages, object[] figures, string settings)
    {
        _countries = countries;
        _pages = pages;
        _figures = figures;
        _settings = settings;
    }

    public static SiteInputs Of(Site site, SiteFigures figures, IReadOnlySet<string> pdfs) => new(
        [.. site.Countries.Select(c => c with { Factsheets = [] })],
        [.. site.Pages],
        [figures.States, (object?)figures.Comparison ?? string.Empty, .. site.Countries.Select(c => figures.Of(c).Rows)],
        string.Join('\n', figures.Today.ToString("O"), string.Join(',', pdfs.Order(StringComparer.Ordinal))));

    public bool SameAs(SiteInputs? other) =>
        other is not null && other._settings == _settings
        && other._countries.Length == _countries.Length && _countries.Zip(other._countries).All(pair => pair.First.Equals(pair.Second))
        && other._pages.Length == _pages.Length && _pages.Zip(other._pages).All(pair => ReferenceEquals(pair.First, pair.Second))
        && other._figures.Length == _figures.Length && _figures.Zip(other._figures).All(pair => ReferenceEquals(pair.First, pair.Second));
}
