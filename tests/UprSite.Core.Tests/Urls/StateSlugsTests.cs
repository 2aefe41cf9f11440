using UprSite.Core.Urls;

namespace UprSite.Core.Tests.Urls;

public sealed class StateSlugsTests
{
    [Theory]
    [InlineData("United Kingdom", "united-kingdom")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "united-kingdom-of-great-britain-and-northern-ireland")]
    [InlineData("Côte d'Ivoire", "cote-d-ivoire")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("  Holy See ", "holy-see")]
    [InlineData("Bolivia (Plurinational State of)", "bolivia-plurinational-state-of")]
    [InlineData("Timor-Leste", "timor-leste")]
    [InlineData("កម្ពុជា", "state")]
    public void Slugs_are_lower_case_ascii_with_hyphens(string name, string slug) => Assert.Equal(slug, StateSlugs.Of(name));

    [Fact]
    public void Names_that_share_a_slug_without_being_one_state_get_numbered_in_name_order()
    {
        var slugs = StateSlugs.For(["Atlantis Isles", "Atlantis-Isles", "France", "France"]);

        Assert.Equal("atlantis-isles", slugs["Atlantis Isles"]);
        Assert.Equal("atlantis-isles-2", slugs["Atlantis-Isles"]);
        Assert.Equal("france", slugs["France"]);
        Assert.Equal(3, slugs.Count);
    }

    [Fact]
    public void Spellings_of_one_state_share_its_reference_slug()
    {
        var slugs = StateSlugs.For(["Cote d'Ivoire", "Côte d’Ivoire", "Czech Republic", "Czechia", "United Kingdom",
            "United Kingdom of Great Britain and Northern Ireland", "Venezuela, Bolivarian Republic of", "czechia"]);

        Assert.Equal("cote-d-ivoire", slugs["Cote d'Ivoire"]);
        Assert.Equal("cote-d-ivoire", slugs["Côte d’Ivoire"]);
        Assert.Equal("czechia", slugs["Czech Republic"]);
        Assert.Equal("czechia", slugs["czechia"]);
        Assert.Equal("united-kingdom", slugs["United Kingdom of Great Britain and Northern Ireland"]);
        Assert.Equal("venezuela", slugs["Venezuela, Bolivarian Republic of"]);
    }
}
