using AngleSharp.Dom;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// The sentences that say what each figure counts (paragraphs beside recommendations by State, breakdowns over the
/// rows that carry the attribute, sources that are no State, voluntary pledges), each read for a count of one in
/// English, Khmer and French.
/// </summary>
public sealed class FigureSentenceTests(CountedOnceSite site) : IClassFixture<CountedOnceSite>
{
    private const char N = '\u202F';

    [Fact]
    public void The_site_builds_without_errors()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void English_sentences_for_one_say_what_each_figure_counts()
    {
        var dashboard = site.Page("en/countries/kh/index.html");

        Assert.Equal("This site holds 1 of 1 recommendation Cambodia received in cycle 2 (official total). "
            + "It also holds 1 recommendation by State in cycle 1, for which no official total is given.", Text(dashboard, ".holding"));
        Assert.Equal(
        [
            "Cycle 1: 1 recommendation by State; the number of recommendations as the Working Group report numbers them is not known: the source gives one entry per recommending State and no paragraph numbers.",
            "Cycle 2: 1 recommendation as the Working Group report numbers it, and 1 recommendation by State (one for each State that made it).",
        ], Lines(dashboard, ".paragraph-counts li"));
        Assert.Equal("The one recommendation by State this site holds that carries a theme is on Labour.",
            Text(dashboard, "#chart-themes .chart-summary"));
        Assert.Equal("Counted from 1 of the 2 recommendations by State this site holds, the one that carries a theme; a recommendation on several themes counts once under each. The one recommendation by State of cycle 2 carries no theme: its source gives none.",
            Text(dashboard, "#chart-themes .chart-note"));
        Assert.Equal("Counted from the 2 recommendations by State this site holds, not from the official totals. 1 recommendation by State whose source is not a State (source not recorded, an organisation) counts in the totals only.",
            Text(dashboard, "#chart-states .chart-note"));
        Assert.Equal("The one recommendation by State made by a State of a regional group comes from the Western European and others Group.",
            Text(dashboard, "#chart-regions .chart-summary"));
        Assert.Equal("Counted from 1 recommendation by State this site holds, under the UN regional group of its State (not the group a source may give). 1 recommendation by State from a source that is not a State, or from a State in no regional group, is left out.",
            Text(dashboard, "#chart-regions .chart-note"));
        Assert.Equal("Cambodia made 1 voluntary pledge of its own accord in cycle 2. It is not a recommendation: no figure on this site counts it.", Text(dashboard, ".pledges-summary"));
        Assert.Equal(["Cycle 2: Present a mid-term report on the recommendations."], Lines(dashboard, ".pledge-list li"));

        var explorer = site.Page("en/countries/kh/recommendations/index.html");
        Assert.Equal("2 recommendations by State", Text(explorer, "#explorer-count"));
        Assert.Equal(["France", "source not recorded"], Lines(explorer, "#recommendations tbody tr td:nth-child(2)"));
        Assert.Equal(Lines(dashboard, ".paragraph-counts li"), Lines(explorer, ".paragraph-counts li"));
        Assert.Equal(Lines(dashboard, ".paragraph-counts li"), Lines(site.Page("en/countries/kh/states/france/index.html"), ".paragraph-counts li"));
    }

    [Fact]
    public void French_sentences_for_one_take_the_singular_and_space_their_punctuation()
    {
        var dashboard = site.Page("fr/countries/kh/index.html");

        Assert.Equal($"Ce site contient 1 recommandation sur 1 recommandation reçue par le Cambodge au cycle 2 (chiffre officiel). "
            + $"Il contient aussi 1 recommandation par État au cycle 1{N}; aucun chiffre officiel n'est indiqué pour cette recommandation.", Text(dashboard, ".holding"));
        Assert.Equal(
        [
            $"Cycle 1{N}: 1 recommandation par État{N}; le nombre de recommandations selon la numérotation du rapport du Groupe de travail n'est pas connu{N}: la source donne une entrée par État recommandant et aucun numéro de paragraphe.",
            $"Cycle 2{N}: 1 recommandation selon la numérotation du rapport du Groupe de travail, et 1 recommandation par État (une pour chaque État qui l'a formulée).",
        ], Lines(dashboard, ".paragraph-counts li"));
        Assert.Equal($"Compté à partir d'une des 2 recommandations par État que contient ce site, celle dont le thème est indiqué{N}; une recommandation portant sur plusieurs thèmes compte une fois pour chacun. La seule recommandation par État du cycle 2 n'a aucun thème indiqué{N}: sa source n'en donne pas.",
            Text(dashboard, "#chart-themes .chart-note"));
        Assert.Equal("Compté à partir des 2 recommandations par État que contient ce site, et non des chiffres officiels. 1 recommandation par État dont la source n'est pas un État (source non indiquée, organisation) ne compte que dans les totaux.",
            Text(dashboard, "#chart-states .chart-note"));
        Assert.Equal("La recommandation par État formulée par un État d'un groupe régional vient du Groupe des États d'Europe occidentale et autres États.",
            Text(dashboard, "#chart-regions .chart-summary"));
        Assert.EndsWith("1 recommandation par État d'une source qui n'est pas un État, ou d'un État sans groupe régional, est laissée de côté.",
            Text(dashboard, "#chart-regions .chart-note"), StringComparison.Ordinal);
        Assert.Equal($"Le Cambodge a pris 1 engagement volontaire de sa propre initiative au cycle 2. Ce n'est pas une recommandation{N}: aucun chiffre de ce site ne le compte.",
            Text(dashboard, ".pledges-summary"));

        var explorer = site.Page("fr/countries/kh/recommendations/index.html");
        Assert.Equal("2 recommandations par État", Text(explorer, "#explorer-count"));
        Assert.Equal(["France", "source non indiquée"], Lines(explorer, "#recommendations tbody tr td:nth-child(2)"));
    }

    [Fact]
    public void No_French_page_of_this_site_puts_a_plain_space_before_a_colon_or_semicolon()
    {
        var pages = Directory.GetFiles(Path.Combine(site.Site.Output, "fr"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        var offending = pages.SelectMany(path => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(path)).Body!.Descendants<IText>()
                .Select(t => t.Data).Where(t => t.Contains(" :", StringComparison.Ordinal) || t.Contains(" ;", StringComparison.Ordinal))
                .Select(t => $"{Path.GetFileName(Path.GetDirectoryName(path))}: {t.Trim()}"))
            .ToList();
        Assert.True(offending.Count == 0, string.Join('\n', offending.Distinct().Take(20)));
    }

    [Fact]
    public void Khmer_sentences_for_one_use_the_one_form_Khmer_has()
    {
        var dashboard = site.Page("km/countries/kh/index.html");

        Assert.Equal("គេហទំព័រនេះមានអនុសាសន៍ចំនួន 1 ក្នុងចំណោមអនុសាសន៍ចំនួន 1 ដែលកម្ពុជាបានទទួលក្នុងវដ្តទី 2 (តួលេខផ្លូវការ)។ "
            + "គេហទំព័រនេះក៏មានអនុសាសន៍តាមរដ្ឋចំនួន 1 ក្នុងវដ្តទី 1 ដែលគ្មានតួលេខផ្លូវការដែរ។", Text(dashboard, ".holding"));
        Assert.Equal(
        [
            "វដ្តទី 1៖ អនុសាសន៍តាមរដ្ឋចំនួន 1។ មិនដឹងចំនួនអនុសាសន៍តាមលេខកថាខណ្ឌនៃរបាយការណ៍របស់ក្រុមការងារទេ៖ ប្រភពផ្ដល់ធាតុមួយសម្រាប់រដ្ឋផ្ដល់អនុសាសន៍នីមួយៗ ហើយគ្មានលេខកថាខណ្ឌទេ។",
            "វដ្តទី 2៖ អនុសាសន៍ចំនួន 1 តាមលេខកថាខណ្ឌនៃរបាយការណ៍របស់ក្រុមការងារ និងអនុសាសន៍តាមរដ្ឋចំនួន 1 (មួយសម្រាប់រដ្ឋនីមួយៗដែលបានផ្ដល់វា)។",
        ], Lines(dashboard, ".paragraph-counts li"));
        Assert.Equal("កម្ពុជាបានធ្វើការសន្យាស្ម័គ្រចិត្តចំនួន 1 ដោយខ្លួនឯងក្នុងវដ្តទី 2។ ការសន្យាស្ម័គ្រចិត្តមិនមែនជាអនុសាសន៍ទេ៖ គ្មានតួលេខណាមួយនៅលើគេហទំព័រនេះរាប់វាទេ។",
            Text(dashboard, ".pledges-summary"));
        Assert.EndsWith("អនុសាសន៍តាមរដ្ឋចំនួន 1 នៃវដ្តទី 2 គ្មានប្រធានបទទេ៖ ប្រភពរបស់វាមិនបានផ្ដល់ប្រធានបទ។", Text(dashboard, "#chart-themes .chart-note"), StringComparison.Ordinal);
        Assert.Equal(["បារាំង", "មិនបានកត់ត្រាប្រភព"], Lines(site.Page("km/countries/kh/recommendations/index.html"), "#recommendations tbody tr td:nth-child(2)"));
    }

    [Fact]
    public void The_pledge_is_in_no_figure_and_statistics_json_counts_it_apart()
    {
        var json = File.ReadAllText(Path.Combine(site.Site.Output, "data", "kh", "statistics.json")).Replace(" ", string.Empty, StringComparison.Ordinal);

        Assert.Contains("\"voluntary_pledges\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"rows_from_non_state_sources\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"rows_without_regional_group\":1", json, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(site.Site.Output, "data", "kh", "recommendations.csv")).Length);
        Assert.DoesNotContain("mid-term report", File.ReadAllText(Path.Combine(site.Site.Output, "data", "kh", "recommendations.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Downloads_write_a_source_not_recorded_as_no_State_and_say_so_in_recommending_source()
    {
        var csv = File.ReadAllLines(Path.Combine(site.Site.Output, "data", "kh", "recommendations.csv"));
        Assert.StartsWith("u-1,1,6,source,Cambodia,France,france,state,WEOG,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("u-2,2,18,source,Cambodia,,,not recorded,,noted,", csv[2], StringComparison.Ordinal);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Site.Output, "data", "kh", "recommendations.json")));
        var unknown = json.RootElement.GetProperty("recommendations")[1];
        Assert.Equal("u-2", unknown.GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.GetProperty("recommending_state").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.GetProperty("recommending_state_slug").ValueKind);
        Assert.Equal("not recorded", unknown.GetProperty("recommending_source").GetString());
        Assert.Equal("state", json.RootElement.GetProperty("recommendations")[0].GetProperty("recommending_source").GetString());
    }

    private static IReadOnlyList<string> Lines(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    private static string Text(IDocument page, string selector) =>
        (page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no {selector} on the page")).TextContent.Trim();
}
