using UprSite.Core.Reference;
using UprSite.Core.Urls;

namespace UprSite.Core.Tests.Reference;

public sealed class UnStatesTests
{
    [Fact]
    public void There_are_193_member_States_and_two_observer_States()
    {
        Assert.Equal(193, UnStates.All.Count(s => s.Membership == UnMembership.Member));
        Assert.Equal(["Holy See", "State of Palestine"],
            UnStates.All.Where(s => s.Membership == UnMembership.Observer).Select(s => s.EnglishName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(RegionalGroup.African, 54)]
    [InlineData(RegionalGroup.AsiaPacific, 54)]
    [InlineData(RegionalGroup.EasternEuropean, 23)]
    [InlineData(RegionalGroup.LatinAmericanAndCaribbean, 33)]
    [InlineData(RegionalGroup.WesternEuropeanAndOthers, 29)]
    public void Each_regional_group_has_its_members(RegionalGroup group, int members) =>
        Assert.Equal(members, UnStates.All.Count(s => s.Group == group && s.Membership == UnMembership.Member));

    [Theory]
    [InlineData("IL", RegionalGroup.WesternEuropeanAndOthers)]
    [InlineData("TR", RegionalGroup.WesternEuropeanAndOthers)]
    [InlineData("US", RegionalGroup.WesternEuropeanAndOthers)]
    [InlineData("KI", RegionalGroup.AsiaPacific)]
    [InlineData("CY", RegionalGroup.AsiaPacific)]
    [InlineData("PS", RegionalGroup.AsiaPacific)]
    [InlineData("KH", RegionalGroup.AsiaPacific)]
    [InlineData("GE", RegionalGroup.EasternEuropean)]
    public void States_whose_group_is_often_mistaken_are_in_theirs(string alpha2, RegionalGroup group) =>
        Assert.Equal(group, UnStates.ByAlpha2(alpha2)!.Group);

    [Fact]
    public void The_Holy_See_belongs_to_no_group() => Assert.Null(UnStates.ByAlpha2("va")!.Group);

    [Fact]
    public void Codes_are_ISO_shaped_and_unique()
    {
        Assert.All(UnStates.All, s => Assert.Matches("^[A-Z]{2}$", s.Alpha2));
        Assert.All(UnStates.All, s => Assert.Matches("^[A-Z]{3}$", s.Alpha3));
        Assert.Equal(UnStates.All.Count, UnStates.All.Select(s => s.Alpha2).Distinct().Count());
        Assert.Equal(UnStates.All.Count, UnStates.All.Select(s => s.Alpha3).Distinct().Count());
    }

    [Fact]
    public void Slugs_are_unique_url_safe_and_spell_one_of_the_States_names()
    {
        Assert.Equal(UnStates.All.Count, UnStates.All.Select(s => s.Slug).Distinct().Count());
        Assert.All(UnStates.All, s => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", s.Slug));
        Assert.All(UnStates.All, s => Assert.Contains(s.Slug,
            s.Names.SelectMany(n => new[] { StateSlugs.Of(n), StateSlugs.Of(n.Replace("'", string.Empty, StringComparison.Ordinal)) })));
        Assert.All(UnStates.All, s => Assert.Same(s, UnStates.BySlug(s.Slug)));
    }

    [Theory]
    [InlineData("Czech Republic", "czechia")]
    [InlineData("United Kingdom", "united-kingdom")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "united-kingdom")]
    [InlineData("United States of America", "united-states")]
    [InlineData("Venezuela (Bolivarian Republic of)", "venezuela")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Côte d'Ivoire", "cote-d-ivoire")]
    public void Pages_of_the_common_names_keep_the_slugs_the_site_gave_them_or_take_the_UN_short_name(string name, string slug) =>
        Assert.Equal(slug, UnStates.Resolve(name).State!.Slug);

    [Fact]
    public void Every_State_has_an_English_French_and_Khmer_name()
    {
        Assert.All(UnStates.All, s => Assert.False(string.IsNullOrWhiteSpace(s.FrenchName)));
        Assert.All(UnStates.All, s => Assert.Contains(s.KhmerName, c => c is >= '\u1780' and <= '\u17FF'));
        Assert.Equal("Bolivie (État plurinational de)", UnStates.ByAlpha2("BO")!.Name("fr"));
        Assert.Equal("កម្ពុជា", UnStates.ByAlpha2("KH")!.Name("km"));
        Assert.Equal("Cambodia", UnStates.ByAlpha2("KH")!.Name("de"));
    }
}
