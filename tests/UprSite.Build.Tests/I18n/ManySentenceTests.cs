using AngleSharp.Dom;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// The sentences about States that made several recommendations, read in English, French and Khmer: agreement with
/// each number, French articles and prepositions ("du Tchad au Cambodge", "des Philippines"), every status named,
/// only recognised States counted as States, Khmer digits.
/// </summary>
public sealed class ManySentenceTests(ManyRecommendationsSite site) : IClassFixture<ManyRecommendationsSite>
{
    private const char N = '\u202F';

    [Fact]
    public void English_sentences_for_many()
    {
        var chad = site.Page("en/countries/kh/states/chad/index.html");
        Assert.Equal("Chad: recommendations to Cambodia", Text(chad, "h1"));
        Assert.Equal("This site holds 3 recommendations that Chad made to Cambodia in cycles 1 and 2; Cambodia supported 2 of them (66.7%).", Text(chad, ".lead"));
        Assert.Equal("2 recommendations: 1 supported and 1 noted.", Text(chad, "#cycle-2 p"));
        Assert.Equal("This site holds one recommendation that Iceland made to Cambodia in cycle 2; Cambodia has not responded to it yet.",
            Text(site.Page("en/countries/kh/states/iceland/index.html"), ".lead"));
        Assert.Equal("2 recommendations: 1 supported and 1 partly supported.", Text(site.Page("en/countries/kh/states/philippines/index.html"), "#cycle-2 p"));

        var dashboard = site.Page("en/countries/kh/index.html");
        Assert.Equal("Chad made the most of the recommendations this site holds: 3, of which 2 supported; 3 States made recommendations in all. "
            + "A further 1 source is not a State this site recognises (an organisation, a source not recorded or a name it does not know).",
            Text(dashboard, "#chart-states .chart-summary"));
        Assert.Equal("In cycle 1, 1 assessed recommendation by State: 1 fully implemented. In cycle 2, 3 assessed recommendations: 1 partially implemented, 1 not implemented and 1 with no information.",
            Text(dashboard, "#chart-implementation-cycles .chart-summary"));
    }

    [Fact]
    public void French_sentences_for_many_take_articles_and_prepositions()
    {
        var chad = site.Page("fr/countries/kh/states/chad/index.html");
        Assert.Equal("Recommandations du Tchad au Cambodge", Text(chad, "h1"));
        Assert.Equal($"Ce site contient 3 recommandations du Tchad adressées au Cambodge aux cycles 1 et 2{N}; le Cambodge en a accepté 2 ({Percent(2.0 / 3)}).",
            Text(chad, ".lead"));
        Assert.Equal($"2 recommandations{N}: 1 acceptée et 1 prise en note.", Text(chad, "#cycle-2 p"));
        Assert.Equal($"1 recommandation{N}: 1 acceptée.", Text(chad, "#cycle-1 p"));

        var philippines = site.Page("fr/countries/kh/states/philippines/index.html");
        Assert.Equal("Recommandations des Philippines au Cambodge", Text(philippines, "h1"));
        Assert.Equal($"2 recommandations{N}: 1 acceptée et 1 acceptée en partie.", Text(philippines, "#cycle-2 p"));
        Assert.Equal($"Ce site contient une recommandation de l'Islande adressée au Cambodge au cycle 2{N}; le Cambodge n'y a pas encore répondu.",
            Text(site.Page("fr/countries/kh/states/iceland/index.html"), ".lead"));

        var dashboard = site.Page("fr/countries/kh/index.html");
        Assert.Equal($"Le Tchad a formulé le plus de recommandations parmi celles que contient ce site{N}: 3, dont 2 acceptées{N}; 3 États ont formulé des recommandations au total. "
            + "1 autre source n'est pas un État que ce site reconnaît (organisation, source non indiquée ou nom qu'il ne connaît pas).",
            Text(dashboard, "#chart-states .chart-summary"));
        Assert.Equal($"Au cycle 1, 1 recommandation par État évaluée{N}: 1 pleinement mise en œuvre. Au cycle 2, 3 recommandations évaluées{N}: 1 partiellement mise en œuvre, 1 non mise en œuvre et 1 sans information.",
            Text(dashboard, "#chart-implementation-cycles .chart-summary"));
        Assert.Equal("Tchad", Lines(site.Page("fr/countries/kh/recommendations/index.html"), "#recommendations tbody tr td:nth-child(2)")[0]);
        Assert.Contains("Travail (4)", Lines(site.Page("fr/countries/kh/recommendations/index.html"), "select[name=theme] option, #filter-theme option"));
    }

    [Fact]
    public void Khmer_sentences_for_many_in_Khmer_digits()
    {
        var chad = site.Page("km/countries/kh/states/chad/index.html");
        Assert.Equal("គេហទំព័រនេះមានអនុសាសន៍ចំនួន ៣ ដែលឆាដបានផ្ដល់ដល់កម្ពុជាក្នុងវដ្តទី ១ និង ២។ កម្ពុជាបានគាំទ្រអនុសាសន៍ចំនួន ២ ក្នុងចំណោមនោះ (៦៦,៧%)។",
            Text(chad, ".lead"));
        Assert.Equal("អនុសាសន៍ចំនួន ២៖ បានគាំទ្រ ១ និង បានកត់សម្គាល់ ១។", Text(chad, "#cycle-2 p"));
        Assert.Equal("គេហទំព័រនេះមានអនុសាសន៍មួយ ដែលអ៊ីស្លង់បានផ្ដល់ដល់កម្ពុជាក្នុងវដ្តទី ២។ កម្ពុជាមិនទាន់បានឆ្លើយតបនឹងអនុសាសន៍នេះនៅឡើយទេ។",
            Text(site.Page("km/countries/kh/states/iceland/index.html"), ".lead"));
        Assert.Equal("ក្នុងវដ្តទី ១ អនុសាសន៍តាមរដ្ឋចំនួន ១ ដែលបានវាយតម្លៃ៖ អនុវត្តពេញលេញ ១។ ក្នុងវដ្តទី ២ អនុសាសន៍ចំនួន ៣ ដែលបានវាយតម្លៃ៖ អនុវត្តដោយផ្នែក ១, មិនទាន់បានអនុវត្ត ១ និង គ្មានព័ត៌មាន ១។",
            Text(site.Page("km/countries/kh/index.html"), "#chart-implementation-cycles .chart-summary"));
    }

    private static string Percent(double share) =>
        new UprSite.Build.I18n.LocaleFormat(new UprSite.Core.Model.Language("fr", "Français", "fr-FR", UprSite.Core.Model.TextDirection.Ltr, false)).Percent(share);

    private static List<string> Lines(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    private static string Text(IDocument page, string selector) =>
        (page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no {selector} on the page")).TextContent.Trim();
}
