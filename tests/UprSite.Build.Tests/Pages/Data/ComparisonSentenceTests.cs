using UprSite.Build.Charts;
using UprSite.Build.Pages.Data;
using UprSite.Build.Tests.Support;
using UprSite.Core.Model;
using UprSite.Core.Statistics;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// Sentences of the comparison pages and of names in running text, called with the counts each case needs: the verb
/// agrees with the supported count (French "one" for 0 and 1), one UPR issue is "the only" one, the issue's name is
/// quoted, the Netherlands is named as a sentence names it, and the calendar's note writes the page's digits.
/// </summary>
public sealed class ComparisonSentenceTests
{
    private const string N = "\u202F";
    private const string NB = "\u00A0";

    private static string Cycles(string language, int received, int supported) =>
        CycleComparisonBuilder.AllSummary(ThemeLabels.For(language), new GroupFigures("", received, supported, received - supported), 3, [1, 2]);

    [Theory]
    [InlineData("en", 1, "This site holds 3 recommendations by State to its 3 States under Review in cycles 1 and 2; 1 was supported (33.3%).")]
    [InlineData("en", 0, "This site holds 3 recommendations by State to its 3 States under Review in cycles 1 and 2; none of them was supported.")]
    [InlineData("en", 2, "This site holds 3 recommendations by State to its 3 States under Review in cycles 1 and 2; 2 were supported (66.7%).")]
    [InlineData("fr", 1, $"Ce site contient 3 recommandations par État adressées à ses 3 États examinés aux cycles 1 et 2{N}; 1 a été acceptée (33,3{NB}%).")]
    [InlineData("fr", 0, $"Ce site contient 3 recommandations par État adressées à ses 3 États examinés aux cycles 1 et 2{N}; aucune n'a été acceptée.")]
    [InlineData("fr", 2, $"Ce site contient 3 recommandations par État adressées à ses 3 États examinés aux cycles 1 et 2{N}; 2 ont été acceptées (66,7{NB}%).")]
    [InlineData("km", 1, "គេហទំព័រនេះមានអនុសាសន៍តាមរដ្ឋចំនួន 3 ដល់រដ្ឋចំនួន 3 ដែលត្រូវបានត្រួតពិនិត្យ ក្នុងវដ្តទី 1 និង 2។ អនុសាសន៍ចំនួន 1 ត្រូវបានគាំទ្រ (33,3%)។")]
    public void The_verb_agrees_with_the_supported_count(string language, int supported, string expected)
    {
        Assert.Equal(expected, Cycles(language, 3, supported));
    }

    [Theory]
    [InlineData("en", "The only UPR issue named by the recommendations this site holds, with how many States under Review received recommendations on it.")]
    [InlineData("fr", "La seule question de l'EPU nommée par les recommandations de ce site, avec le nombre d'États examinés qui ont reçu des recommandations à son sujet.")]
    public void One_issue_is_the_only_one(string language, string expected)
    {
        Assert.Equal(expected, IssueComparisonBuilder.AllSummary(ThemeLabels.For(language), 1));
        Assert.StartsWith(language == "en" ? "The 12 UPR issues" : "Les 12 questions", IssueComparisonBuilder.AllSummary(ThemeLabels.For(language), 12), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Counted from 1 of the 3 recommendations by State this site holds, the one that carries an issue;", "For the only UPR issue of the recommendations:")]
    [InlineData("fr", "Compté à partir d'une des 3 recommandations par État que ce site contient, celle qui porte une question", "Pour la seule question de l'EPU des recommandations")]
    public void One_issue_s_note_and_table_say_one(string language, string note, string table)
    {
        var l = ThemeLabels.For(language);

        Assert.StartsWith(note, l.Count("compare.note.issues", 1, 3, ("total", "3")), StringComparison.Ordinal);
        Assert.StartsWith(table, l.Count("compare.issues.by_country_summary", 1), StringComparison.Ordinal);
        Assert.StartsWith(language == "en" ? "For the 5 UPR issues" : "Pour les 5 questions", l.Count("compare.issues.by_country_summary", 5), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", 1, "The one recommendation by State that carries an issue is on the UPR issue “Special procedures”.")]
    [InlineData("fr", 1, $"La recommandation par État qui porte une question de l'EPU concerne la question «{N}Special procedures{N}».")]
    [InlineData("fr", 4, $"Les 4 recommandations par État qui portent une question de l'EPU concernent toutes la question «{N}Special procedures{N}»{N}; 50{NB}% ont été acceptées.")]
    public void The_only_issue_is_named_as_an_issue(string language, int count, string expected)
    {
        Assert.Equal(expected, LeaderSentence.Of(ThemeLabels.For(language), "compare.issues.top_summary", 1, 1, count,
            ("issue", "Special procedures"), ("top", "4"), ("share", "100%"), ("supported_share", language == "fr" ? $"50{NB}%" : "50%")));
    }

    [Theory]
    [InlineData("en", "the Netherlands", "The Netherlands", "the Netherlands")]
    [InlineData("fr", "les Pays-Bas", "Les Pays-Bas", "par les Pays-Bas")]
    public void The_Netherlands_in_a_sentence_is_not_the_UN_s_inverted_name(string language, string the, string subject, string by)
    {
        var forms = ThemeLabels.For(language).StateForms("Netherlands (Kingdom of the)");

        Assert.Equal((the, subject, by), (forms.The, forms.Subject, forms.By));
        Assert.Equal(language == "en" ? "Netherlands (Kingdom of the)" : "Pays-Bas (Royaume des)", ThemeLabels.For(language).StateName("Netherlands"));
    }

    [Fact]
    public void A_qualifier_the_UN_writes_in_its_sentences_stays()
    {
        Assert.Equal("Bolivia (Plurinational State of)", ThemeLabels.For("en").StateForms("Bolivia").The);
        Assert.Equal("de la Bolivie (État plurinational de)", ThemeLabels.For("fr").StateForms("Bolivia").Of);
        Assert.Equal("The Netherlands: recommendations to the States it reviewed",
            ThemeLabels.For("en").Fill("many.state.title", ThemeLabels.For("en").StateForms("Netherlands").Placeholders("state")));
    }

    [Theory]
    [InlineData("en", 0, "The Western European and others Group made the most recommendations: 2 of the 3 recommendations by State made by States of a regional group; it also saw the highest share of its recommendations supported: 50.0%.")]
    [InlineData("en", 1, "The Western European and others Group made the most recommendations: 2 of the 3 recommendations by State made by States of a regional group. The African Group saw the highest share of its recommendations supported: 100.0%.")]
    [InlineData("fr", 0, $"Le Groupe des États d'Europe occidentale et autres États a fait le plus de recommandations{N}: 2 des 3 recommandations par État faites par des États d'un groupe régional{N}; il a aussi vu la plus grande part de ses recommandations acceptée{N}: 50,0{NB}%.")]
    public void A_group_that_leads_both_is_named_once(string language, int africanSupported, string expected)
    {
        var groups = new List<GroupFigures> { new("WEOG", 2, 1, 1), new("Africa", 1, africanSupported, 1 - africanSupported) };

        Assert.Equal(expected, RegionComparisonBuilder.RecommendingSummary(ThemeLabels.For(language), groups));
    }

    [Theory]
    [InlineData(DigitStyle.Latin, "4 ឆ្នាំកន្លះ", "៤")]
    [InlineData(DigitStyle.Native, "៤ ឆ្នាំកន្លះ", "4")]
    public void The_calendar_note_writes_the_page_s_digits(DigitStyle digits, string contains, string absent)
    {
        var note = CalendarBuilder.Note(ThemeLabels.For("km", digits));

        Assert.Contains(contains, note, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, note, StringComparison.Ordinal);
    }
}
