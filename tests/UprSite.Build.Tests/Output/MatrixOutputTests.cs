using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.Core.Reference;
using UprSite.Import.Layouts.OhchrMatrix;

namespace UprSite.Build.Tests.Output;

[Collection(SampleCollection.Name)]
public sealed class MatrixOutputTests(SampleSite sample)
{
    private BuildResult Sample => sample.Result;

    private byte[] File(string path) => Sample.Output!.Files[path].Content;

    [Theory]
    [InlineData(1, 12, 1)]
    [InlineData(2, 18, 4)]
    public void The_docx_read_back_as_an_OHCHR_matrix_holds_the_sites_recommendations_and_assessments(int cycle, int paragraphs, int rated)
    {
        var diagnostics = new DiagnosticList();
        var matrix = MatrixReadBack.Docx(File($"data/kh/matrix-cycle{cycle}.docx"), diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.IsError);
        Assert.Equal(MatrixGeneration.ThemeList, matrix.Generation);
        Assert.Equal(paragraphs, matrix.Recommendations.Count);
        Assert.Equal(rated, matrix.Recommendations.Count(r => r.Assessment.Length > 0));
        AssertHoldsTheSampleRows(cycle, matrix.Recommendations);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_xlsx_read_back_with_the_import_xlsx_reader_holds_the_same_matrix(int cycle)
    {
        var diagnostics = new DiagnosticList();
        var read = MatrixReadBack.Xlsx(File($"data/kh/matrix-cycle{cycle}.xlsx"), diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.IsError);
        Assert.Equal(SampleRows.Recommendations.Count(r => r["cycle"] == $"{cycle}"), read.Count);
        AssertHoldsTheSampleRows(cycle, read);
    }

    [Fact]
    public void The_docx_title_names_the_State_the_cycle_its_session_date_and_report()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(File("data/kh/matrix-cycle2.docx")), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var lines = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();

        Assert.StartsWith("Cambodia: Universal Periodic Review, cycle 2", lines[0], StringComparison.Ordinal);
        Assert.Equal("Working Group session 18, 28 January 2014; report of the Working Group A/HRC/26/16", lines[1]);
        Assert.Single(body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
    }

    [Theory]
    [InlineData("data/kh/matrix-cycle1.docx")]
    [InlineData("data/kh/matrix-cycle2.docx")]
    [InlineData("data/kh/matrix-cycle1.xlsx")]
    [InlineData("data/kh/matrix-cycle2.xlsx")]
    public void Each_package_is_valid_Office_Open_XML(string path)
    {
        using var stream = new MemoryStream(File(path));
        using OpenXmlPackage package = path.EndsWith(".docx", StringComparison.Ordinal)
            ? WordprocessingDocument.Open(stream, false)
            : SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Two_builds_give_the_same_bytes_and_no_entry_carries_the_time_of_the_build()
    {
        var again = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Write: false));
        var paths = Sample.Output!.Files.Keys.Where(p => p.Contains("/matrix-cycle", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(["data/kh/matrix-cycle1.docx", "data/kh/matrix-cycle1.xlsx", "data/kh/matrix-cycle2.docx", "data/kh/matrix-cycle2.xlsx"], paths);
        foreach (var path in paths)
        {
            Assert.Equal(File(path), again.Output!.Files[path].Content);
            using var zip = new ZipArchive(new MemoryStream(File(path)), ZipArchiveMode.Read);
            Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
            Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public void The_country_page_links_to_the_matrix_of_each_cycle_with_rows_and_no_other(string language)
    {
        var page = DataSite.Page(Sample, $"{language}/countries/kh/index.html");
        var links = page.QuerySelectorAll("a[href*='matrix-cycle']").Select(a => a.GetAttribute("href")!.Split('/')[^1]).Order().ToList();

        Assert.Equal(["matrix-cycle1.docx", "matrix-cycle1.xlsx", "matrix-cycle2.docx", "matrix-cycle2.xlsx"], links);
        Assert.False(Sample.Output!.Files.ContainsKey("data/kh/matrix-cycle3.docx"));
        Assert.False(Sample.Output!.Files.ContainsKey("data/kh/matrix-cycle4.xlsx"));
        Assert.All(page.QuerySelectorAll("a[href*='matrix-cycle']"), a => Assert.DoesNotContain("data.download", a.TextContent, StringComparison.Ordinal));
    }

    /// <summary>Each sample row of the cycle is in one matrix recommendation with its State, position, themes and rating.</summary>
    private static void AssertHoldsTheSampleRows(int cycle, IReadOnlyList<MatrixRecommendation> matrix)
    {
        foreach (var row in SampleRows.Recommendations.Where(r => r["cycle"] == $"{cycle}"))
        {
            var state = UnStates.Resolve(row["recommending_state"]).State!;
            var found = row["paragraph"].Length > 0
                ? Assert.Single(matrix, m => m.Paragraph == row["paragraph"])
                : Assert.Single(matrix, m => m.Text.StartsWith(row["text"].TrimEnd('.'), StringComparison.Ordinal) && m.RecommendingStates.Contains(state));
            var issues = row["issues"].Split("; ");

            Assert.Contains(state, found.RecommendingStates);
            Assert.Equal(row["response"] == "supported" ? MatrixPosition.Supported : MatrixPosition.Noted, found.Position);
            Assert.Equal(issues, found.Themes.Select(t => t.Name));
            Assert.Equal(issues[0], Assert.Single(found.ClusterThemes).Name);
            Assert.Equal(row["document"], found.SourceOfPosition?.Document);
            var expected = SampleRows.Ratings.TryGetValue(row["id"], out var rating)
                ? string.Join('\n', char.ToUpperInvariant(rating["status"][0]) + rating["status"][1..], rating["evidence"],
                    $"Source: {rating["source"]}", $"Assessed: {rating["date"]}")
                : string.Empty;
            Assert.Equal(expected, found.Assessment);
        }
    }
}
