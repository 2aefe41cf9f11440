using AngleSharp.Dom;
using UprSite.Build.I18n;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// The sentences of the charts by SDG goal and by affected persons for a country where one recommendation of two
/// carries each, read in the built dashboard in English, Khmer and French: plural forms, the basis, ties, French
/// spacing, Khmer digits.
/// </summary>
public sealed class LinkedBreakdownSentenceTests(LinkedRecommendationSite site) : IClassFixture<LinkedRecommendationSite>
{
    private const char N = '\u202F';

    [Fact]
    public void The_site_builds_without_errors() => Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

    [Fact]
    public void English_sentences_agree_with_their_numbers_and_say_what_they_count()
    {
        var page = site.Page("en/countries/kh/index.html");

        Assert.Equal("Recommendations by Sustainable Development Goal", Text(page, "#chart-sdgs h3"));
        Assert.Equal("The one recommendation by State this site holds that is linked to a Sustainable Development Goal is linked to goal 16 (Peace, justice and strong institutions).",
            Text(page, "#chart-sdgs .chart-summary"));
        Assert.Equal("Counted from 1 recommendation by State, of the 2 this site holds, that its source links to a Sustainable Development Goal; a recommendation linked to several goals counts once under each, and one marked \"No SDG link identified\" counts as linked to none.",
            Text(page, "#chart-sdgs .chart-note"));
        Assert.Equal("Recommendations by affected persons", Text(page, "#chart-affected-persons h3"));
        Assert.Equal("The one recommendation by State this site holds whose source names the persons it concerns names \"children\" and \"women\".",
            Text(page, "#chart-affected-persons .chart-summary"));
        Assert.Equal("Counted from 1 recommendation by State, of the 2 this site holds, whose source names the persons it concerns; the groups are as the source writes them, and a recommendation naming several groups counts once under each.",
            Text(page, "#chart-affected-persons .chart-note"));
        Assert.Equal(["children", "women"], page.QuerySelectorAll("#chart-affected-persons tbody tr").Select(r => r.Children[0].TextContent.Trim()));
    }

    [Fact]
    public void French_sentences_take_the_singular_for_one_and_space_their_punctuation()
    {
        var page = site.Page("fr/countries/kh/index.html");

        Assert.Equal("Recommandations par objectif de développement durable", Text(page, "#chart-sdgs h3"));
        Assert.Equal("La recommandation par État que contient ce site et qui est associée à un objectif de développement durable est associée à l'objectif 16 (Paix, justice et institutions efficaces).",
            Text(page, "#chart-sdgs .chart-summary"));
        Assert.Equal($"Compté à partir de 1 recommandation par État, sur les 2 que contient ce site, que sa source associe à un objectif de développement durable{N}; une recommandation associée à plusieurs objectifs compte une fois pour chacun, et une recommandation marquée «{N}No SDG link identified{N}» compte comme n'étant associée à aucun objectif.",
            Text(page, "#chart-sdgs .chart-note"));
        Assert.Equal($"La recommandation par État que contient ce site et dont la source nomme les personnes concernées nomme «{N}Enfants{N}» et «{N}Femmes{N}».",
            Text(page, "#chart-affected-persons .chart-summary"));
        Assert.Equal(["Enfants", "Femmes"], page.QuerySelectorAll("#chart-affected-persons tbody tr").Select(r => r.Children[0].TextContent.Trim()));
        Assert.All(page.QuerySelectorAll("#chart-affected-persons tbody tr"), r => Assert.Null(r.Children[0].GetAttribute("lang")));
        Assert.Equal("16. Paix, justice et institutions efficaces", page.QuerySelectorAll("#chart-sdgs tbody tr")[15].Children[0].TextContent.Trim());
    }

    [Fact]
    public void Khmer_sentences_use_the_one_form_Khmer_has_and_Khmer_digits()
    {
        var page = site.Page("km/countries/kh/index.html");

        Assert.Equal("អនុសាសន៍តាមរដ្ឋចំនួន ១ ដែលគេហទំព័រនេះមាន និងដែលភ្ជាប់ទៅនឹងគោលដៅអភិវឌ្ឍន៍ប្រកបដោយចីរភាព ភ្ជាប់ទៅនឹងគោលដៅទី ១៦ (សន្តិភាព យុត្តិធម៌ និងស្ថាប័នរឹងមាំ)។",
            Text(page, "#chart-sdgs .chart-summary"));
        Assert.StartsWith("រាប់ពីអនុសាសន៍តាមរដ្ឋចំនួន ១ ក្នុងចំណោម ២ ដែលគេហទំព័រនេះមាន", Text(page, "#chart-sdgs .chart-note"), StringComparison.Ordinal);
        var sixteen = page.QuerySelectorAll("#chart-sdgs tbody tr")[15].Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["១៦. សន្តិភាព យុត្តិធម៌ និងស្ថាប័នរឹងមាំ", "១", "០", "១"], sixteen.Take(4));
        Assert.DoesNotMatch("[0-9]", Text(page, "#chart-affected-persons .chart-summary"));
        Assert.Equal(["កុមារ", "ស្ត្រី"], page.QuerySelectorAll("#chart-affected-persons tbody tr").Select(r => r.Children[0].TextContent.Trim()));
    }

    private static string Text(IDocument page, string selector) =>
        (page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no {selector} on the page")).TextContent.Trim();
}
