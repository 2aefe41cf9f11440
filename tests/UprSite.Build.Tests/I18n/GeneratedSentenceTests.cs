using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using UprSite.Build.I18n;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// Every sentence the build writes about a State that made one recommendation and a cycle with one supported and one
/// noted, read in the built pages in English, Khmer and French: plural forms, what each figure counts, French spacing.
/// </summary>
public sealed class GeneratedSentenceTests(OneRecommendationSite site) : IClassFixture<OneRecommendationSite>
{
    private const char N = '\u202F';

    [Fact]
    public void The_site_builds_without_errors()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void English_sentences_agree_with_their_numbers_and_say_what_they_count()
    {
        var france = site.Page("en/countries/kh/states/france/index.html");
        Assert.Equal("This site holds one recommendation that France made to Cambodia in cycle 2; Cambodia noted it.", Text(france, ".lead"));
        Assert.Equal("This site holds 2 of the 2 recommendations Cambodia received in cycle 2 (official totals).",
            Text(france, ".holding"));
        Assert.Equal("1 recommendation: 1 noted.", Text(france, "#cycle-2 p"));

        var dashboard = site.Page("en/countries/kh/index.html");
        Assert.Equal(Text(france, ".holding"), Text(dashboard, ".holding"));
        Assert.Equal("Cycle 3: official totals only; the site holds none of its recommendations.", Text(dashboard, ".cycles-without-recommendations"));
        Assert.Equal("Cambodia received 10 recommendations in cycle 3 (official total), the most of any cycle; it supported 80.0% of them.",
            Text(dashboard, "#chart-cycles .chart-summary"));
        Assert.Equal("Official totals, from the sources named for each review.", Text(dashboard, "#chart-cycles .chart-note"));
        Assert.Equal("Of the 2 recommendations by State this site holds: 1 supported (50.0%) and 1 noted.", Text(dashboard, "#chart-responses .chart-summary"));
        Assert.Equal("Counted from the 2 recommendations by State this site holds, not from the official totals.",
            Text(dashboard, "#chart-responses .chart-note"));
        Assert.Equal("Recommendations by State by action category (1 of 2 estimated from the first verb)", Text(dashboard, "#chart-categories h3"));
        Assert.Equal("On Edward McMahon's scale: of 2 classified recommendations by State, 1 was estimated from its first verb by this site; the other is as its source coded it.",
            Text(dashboard, "#chart-categories .chart-note"));

        var explorer = site.Page("en/countries/kh/recommendations/index.html");
        Assert.Equal(Text(france, ".holding"), Text(explorer, ".holding"));
        Assert.Equal("3 – Considering action", Text(explorer, "#rec-o-1 td:nth-child(6)"));
        Assert.EndsWith(" (estimated from the first verb)", Text(explorer, "#rec-o-2 td:nth-child(6)"), StringComparison.Ordinal);
        Assert.Contains(" (estimated from the first verb)", Text(site.Page("en/countries/kh/states/japan/index.html"), "#rec-o-2"), StringComparison.Ordinal);

        var factsheet = site.Page("en/countries/kh/factsheets/labour/index.html");
        Assert.Equal("Of the recommendations this site holds, 1 recommendation to Cambodia in earlier reviews was on these issues: 1 supported.",
            Text(factsheet, ".previous-summary"));
    }

    [Fact]
    public void Two_States_with_one_recommendation_each_are_a_tie_not_a_single_leader()
    {
        Assert.Equal("2 States made the most of the recommendations this site holds, 1 each; 2 States made recommendations in all.",
            Text(site.Page("en/countries/kh/index.html"), "#chart-states .chart-summary"));
        Assert.Equal($"2 États ont formulé, à égalité, le plus de recommandations parmi celles que contient ce site{N}: 1 chacun{N}; 2 États ont formulé des recommandations au total.",
            Text(site.Page("fr/countries/kh/index.html"), "#chart-states .chart-summary"));
    }

    [Fact]
    public void French_sentences_take_the_singular_for_one_and_zero_and_space_their_punctuation()
    {
        var percent = new LocaleFormat(new Language("fr", "Français", "fr-FR", TextDirection.Ltr, false));
        var france = site.Page("fr/countries/kh/states/france/index.html");
        Assert.Equal($"Ce site contient une recommandation de la France adressée au Cambodge au cycle 2{N}; le Cambodge l'a prise en note.",
            Text(france, ".lead"));
        Assert.Equal("Recommandations de la France au Cambodge", Text(france, "h1"));
        Assert.Equal("Ce site contient 2 recommandations sur les 2 recommandations reçues par le Cambodge au cycle 2 (chiffres officiels).",
            Text(france, ".holding"));
        Assert.Equal($"1 recommandation{N}: 1 prise en note.", Text(france, "#cycle-2 p"));

        var dashboard = site.Page("fr/countries/kh/index.html");
        Assert.Equal($"Cycle 3{N}: chiffres officiels seulement{N}; ce site ne contient aucune de ses recommandations.",
            Text(dashboard, ".cycles-without-recommendations"));
        Assert.Equal($"Sur les 2 recommandations par État que contient ce site{N}: 1 acceptée ({percent.Percent(0.5)}) et 1 prise en note.",
            Text(dashboard, "#chart-responses .chart-summary"));
        Assert.Equal($"Selon l'échelle d'Edward McMahon{N}: sur 2 recommandations par État classées, 1 a été estimée par ce site d'après son premier verbe{N}; l'autre est telle que sa source l'a codée.",
            Text(dashboard, "#chart-categories .chart-note"));

        var factsheet = site.Page("fr/countries/kh/factsheets/labour/index.html");
        Assert.Equal($"Parmi les recommandations que contient ce site, 1 recommandation adressée au Cambodge lors des examens précédents portait sur ces questions{N}: 1 acceptée.",
            Text(factsheet, ".previous-summary"));
    }

    [Fact]
    public void Khmer_sentences_use_the_one_form_Khmer_has()
    {
        var france = site.Page("km/countries/kh/states/france/index.html");
        Assert.Equal("គេហទំព័រនេះមានអនុសាសន៍មួយ ដែលបារាំងបានផ្ដល់ដល់កម្ពុជាក្នុងវដ្តទី 2។ កម្ពុជាបានកត់សម្គាល់អនុសាសន៍នេះ។", Text(france, ".lead"));
        Assert.Equal("អនុសាសន៍ចំនួន 1៖ បានកត់សម្គាល់ 1។", Text(france, "#cycle-2 p"));
        Assert.Equal("គេហទំព័រនេះមានអនុសាសន៍ចំនួន 2 ក្នុងចំណោមអនុសាសន៍ចំនួន 2 ដែលកម្ពុជាបានទទួលក្នុងវដ្តទី 2 (តួលេខផ្លូវការ)។",
            Text(france, ".holding"));

        var dashboard = site.Page("km/countries/kh/index.html");
        Assert.Equal("វដ្តទី 3៖ មានតែតួលេខផ្លូវការប៉ុណ្ណោះ។ គេហទំព័រនេះមិនមានអនុសាសន៍ណាមួយនៃវដ្តនេះទេ។", Text(dashboard, ".cycles-without-recommendations"));
    }

    [Fact]
    public void No_French_page_puts_a_plain_space_before_a_colon_semicolon_question_or_exclamation_mark()
    {
        var pages = Directory.GetFiles(Path.Combine(site.Site.Output, "fr"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        var offending = new List<string>();
        foreach (var path in pages)
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(path));
            var texts = document.Body!.Descendants<IText>().Where(t => t.ParentElement is not IHtmlScriptElement and not IHtmlStyleElement)
                .Select(t => t.Data)
                .Concat(document.QuerySelectorAll("[title],[aria-label],[alt]").SelectMany(e => new[] { e.GetAttribute("title"), e.GetAttribute("aria-label"), e.GetAttribute("alt") }).OfType<string>());
            offending.AddRange(texts.Where(t => t.Contains(" :", StringComparison.Ordinal) || t.Contains(" ;", StringComparison.Ordinal)
                    || t.Contains(" ?", StringComparison.Ordinal) || t.Contains(" !", StringComparison.Ordinal))
                .Select(t => $"{Path.GetRelativePath(site.Site.Output, path)}: {t.Trim()}"));
        }

        Assert.True(offending.Count == 0, string.Join('\n', offending.Distinct().Take(20)));
    }

    [Fact]
    public void Downloads_say_which_action_categories_the_source_coded_and_which_were_estimated()
    {
        var lines = File.ReadAllLines(Path.Combine(site.Site.Output, "data", "kh", "recommendations.csv"));
        var header = lines[0].Split(',');
        var category = Array.IndexOf(header, "action_category");
        var source = Array.IndexOf(header, "action_category_source");

        Assert.Equal(category + 1, source);
        var france = lines.Single(l => l.StartsWith("o-1,", StringComparison.Ordinal)).Split(',');
        var japan = lines.Single(l => l.StartsWith("o-2,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("3", "source"), (france[category], france[source]));
        Assert.Equal("estimated", japan[source]);
        Assert.InRange(int.Parse(japan[category], System.Globalization.CultureInfo.InvariantCulture), 1, 5);
        var json = File.ReadAllText(Path.Combine(site.Site.Output, "data", "kh", "recommendations.json"));
        Assert.Contains("\"action_category_source\":\"estimated\"", json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var chart = File.ReadAllLines(Path.Combine(site.Site.Output, "data", "kh", "charts", "chart-categories.csv"));
        Assert.EndsWith(",estimated", chart[0], StringComparison.Ordinal);
        Assert.Equal("1", chart.Single(l => l.StartsWith(japan[category] + ",", StringComparison.Ordinal)).Split(',')[^1]);
        using var statistics = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Site.Output, "data", "kh", "statistics.json")));
        var categories = statistics.RootElement.GetProperty("action_categories").EnumerateArray().ToList();
        Assert.Equal(1, categories.Sum(c => c.GetProperty("estimated").GetInt32()));
        Assert.Equal(japan[category] == "3" ? 1 : 0, categories.Single(c => c.GetProperty("action_category").GetString() == "3").GetProperty("estimated").GetInt32());
    }

    private static string Text(IDocument page, string selector) =>
        (page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no {selector} on the page")).TextContent.Trim();
}
