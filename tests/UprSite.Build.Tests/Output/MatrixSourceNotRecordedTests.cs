using DocumentFormat.OpenXml.Packaging;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Output;

/// <summary>The output matrix names a recommendation whose source did not record its State as the pages do.</summary>
public sealed class MatrixSourceNotRecordedTests
{
    [Fact]
    public void A_recommendation_from_an_unknown_source_is_signed_source_not_recorded()
    {
        using var site = new TestSite(withCountry: false);
        site.Write("countries/kh/country.yml", "names: {en: Cambodia}\nreviews:\n  - {cycle: 3, session: 32, date: 2019-01-30}\n");
        site.Write("countries/kh/recommendations/rows.csv", """
            cycle,recommending_state,response,document,paragraph,text
            3,(Unknown),supported,A/HRC/41/17,110.4,Words written for this test.
            3,France,noted,A/HRC/41/17,110.5,Other words written for this test.
            """);

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var stream = new MemoryStream(result.Output!.Files["data/kh/matrix-cycle3.docx"].Content);
        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.True(text.Contains("(source not recorded)", StringComparison.Ordinal), text);
        Assert.DoesNotContain("Unknown", text, StringComparison.Ordinal);
        Assert.Contains("(France)", text, StringComparison.Ordinal);
    }
}
