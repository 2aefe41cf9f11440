using System.Text;
using UprSite.Build.Pages;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Many;

/// <summary>
/// The header of every page stays the same size however many countries the site has: past
/// <see cref="Navigation.MaxCountriesListed"/> it links the countries index instead of naming each country.
/// </summary>
public sealed class NavigationSizeTests
{
    private static readonly string StatePage = $"en/countries/{ManyCountrySite.Countries(1)[0].Alpha2.ToLowerInvariant()}/states/france/index.html";

    [Fact]
    public void A_state_page_header_and_the_page_are_the_same_size_with_7_and_30_countries()
    {
        var (header7, page7, _) = Built(Navigation.MaxCountriesListed + 1);
        var (header30, page30, nav30) = Built(30);

        Assert.Equal(Encoding.UTF8.GetByteCount(header7), Encoding.UTF8.GetByteCount(header30));
        Assert.Equal(header7, header30);
        Assert.Equal(page7, page30);
        Assert.Equal(["en/index.html", "en/countries/index.html", "en/states/index.html", "en/compare/index.html"], nav30);
    }

    [Fact]
    public void With_3_countries_the_header_names_each_and_links_the_recommending_states_and_the_comparisons()
    {
        var (_, _, nav) = Built(3);

        Assert.Equal(["en/index.html", .. ManyCountrySite.Countries(3).Select(c => $"en/countries/{c.Alpha2.ToLowerInvariant()}/index.html").Order(StringComparer.Ordinal), "en/states/index.html", "en/compare/index.html"], nav);
    }

    private static (string Header, int PageBytes, IReadOnlyList<string> Nav) Built(int countries)
    {
        using var site = ManyCountrySite.Write(countries);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var html = site.ReadOutput(StatePage);
        return (ManyCountrySite.Header(html), Encoding.UTF8.GetByteCount(html), ManyCountrySite.NavTargets(StatePage, html));
    }
}
