using UprSite.Build.Compute;
using UprSite.Core.Reference;
using UprSite.Printing.Tests.Support;

namespace UprSite.Printing.Tests;

/// <summary>
/// The words the sample's packs and briefs print beyond the factsheets (read back from the PDFs the sample's print run
/// made): the coalition's members in the PDF's language where site.yml gives it, and what comes next in the UPR cycle.
/// </summary>
[Collection(SamplePdfCollection.Name)]
public sealed class PrintedCoverWordsTests(SamplePdfBuild build)
{
    [Theory]
    [InlineData("fr", "Réseau d'exemple pour les droits fonciers (fictif)", "Forum d'exemple des communautés autochtones (fictif)", "Aide juridique et cartographie communautaire")]
    [InlineData("km", "បណ្តាញសិទ្ធិដីធ្លីគំរូ (ប្រឌិត)", "វេទិកាសហគមន៍ជនជាតិដើមភាគតិចគំរូ (ប្រឌិត)", "ជំនួយផ្លូវច្បាប់")]
    public void A_pack_cover_and_a_brief_name_the_members_in_their_language_and_the_others_as_site_yml_gives_them(
        string language, string landNetwork, string forum, string description)
    {
        var cover = Letters(PrintedPdf.Read(build.PathOf(Pack(language))).TextOf(1));
        var brief = Letters(PrintedPdf.Read(build.PathOf($"{language}/countries/kh/states/france/brief/brief.pdf")).TextOf(1));

        foreach (var text in new[] { cover, brief })
        {
            Assert.Contains(Letters(landNetwork), text, StringComparison.Ordinal);
            Assert.Contains(Letters(forum), text, StringComparison.Ordinal);
            Assert.Contains(Letters("Sample Women's Voice Cambodia (fictional)"), text, StringComparison.Ordinal);
            Assert.DoesNotContain("SampleLandRightsNetwork", text, StringComparison.Ordinal);
        }

        // Descriptions are for the cover; the brief keeps to names.
        Assert.Contains(Letters(description), cover, StringComparison.Ordinal);
        Assert.DoesNotContain(Letters(description), brief, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "What comes next", "Next review (cycle {0})", "Review (cycle {0})")]
    [InlineData("fr", "Prochaines étapes", "Prochain examen (cycle {0})", "Examen (cycle {0})")]
    [InlineData("km", "ជំហានបន្ទាប់", "ការត្រួតពិនិត្យបន្ទាប់ (វដ្តទី {0})", "ការត្រួតពិនិត្យ (វដ្តទី {0})")]
    public void A_pack_cover_and_a_brief_say_what_comes_next_in_the_UPR_cycle_and_leave_out_what_is_done(
        string language, string heading, string nextReview, string review)
    {
        var country = build.Result.Site!.Countries[0];
        // The day the build counted from: the fixture passes no --date.
        var calendar = UprCalendar.Of(country.Reviews, country.Calendar, BuildDate.Today())!;
        var cover = Letters(PrintedPdf.Read(build.PathOf(Pack(language))).TextOf(1));
        var brief = Letters(PrintedPdf.Read(build.PathOf($"{language}/countries/kh/states/france/brief/brief.pdf")).TextOf(1));

        foreach (var text in new[] { cover, brief })
        {
            Assert.Contains(Letters(heading), text, StringComparison.Ordinal);
            Assert.Contains(Letters(string.Format(nextReview, Digits(language, calendar.NextCycle))), text, StringComparison.Ordinal);
            Assert.DoesNotContain(Letters(string.Format(review, Digits(language, calendar.LastCycle!.Value))), text, StringComparison.Ordinal);
        }
    }

    private static string Pack(string language) => $"{language}/countries/kh/factsheets/kh-factsheets-{language}.pdf";

    // pdftotext puts spaces inside some Khmer ligatures and breaks lines anywhere: compare the letters only.
    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Digits(string language, int number) => language == "km"
        ? string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('០' + (d - '0'))))
        : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
