using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Import;

namespace UprSite.Cli.Tests;

/// <summary><c>uprsite import</c> on the real files in ../shared/data: the canonical CSV and the report.</summary>
[Collection(CliCollection.Name)]
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("uprsite-import-").FullName;

    private static string SharedData => Path.Combine(RepoRoot.Path, "..", "shared", "data");

    private string Output => Path.Combine(_root, "recommendations.csv");

    [Fact]
    public void The_China_matrix_gives_285_rows_and_a_report_of_the_split_paragraphs()
    {
        var matrix = Path.Combine(SharedData, "ohchr-matrix", "china-cycle2-2013.docx");

        var (code, output, error) = ConsoleCapture.Run("import", matrix, "--country", "cn", "--output", Output);

        Assert.True(code == 0, error);
        Assert.Contains("Layout: OHCHR matrix of recommendations", output, StringComparison.Ordinal);
        Assert.Contains("Rows read: 252", output, StringComparison.Ordinal);
        // 14 of the 252 paragraphs name several States (the data README), so 285 - (252 - 14) = 47 rows come from them.
        Assert.Contains("Rows naming several recommending States: 14, split into 47 rows", output, StringComparison.Ordinal);
        Assert.Contains("Wrote 285 rows and 0 pledges", output, StringComparison.Ordinal);
        Assert.Contains("Mapped to: cycle 2: 285 rows by State, 252 recommendations", output, StringComparison.Ordinal);
        var back = ReadBack(RealCountry("cn", "China"));
        Assert.Equal(285, back.Rows.Count);
        var expected = Without(Import(matrix, RealCountry("cn", "China")));
        var actual = Without(back.Rows);
        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second));
    }

    [Fact]
    public void The_UPR_Info_export_gives_Cambodia_138_rows_that_read_back_as_the_same_rows()
    {
        var export = Path.Combine(SharedData, "upr-info-2015", "6-9.csv");

        var (code, output, error) = ConsoleCapture.Run("import", export, "--country", "kh", "--output", Output);

        Assert.True(code == 0, error);
        Assert.Contains("Layout: UPR Info database export", output, StringComparison.Ordinal);
        Assert.Contains("Rows read: 8,343", output, StringComparison.Ordinal);
        Assert.Contains("Rows for Cambodia: 138", output, StringComparison.Ordinal);
        Assert.Contains("Rows left out: 8,205 (8,205 rows of other States under Review)", output, StringComparison.Ordinal);
        Assert.Contains("Wrote 138 rows", output, StringComparison.Ordinal);
        Assert.Contains("Mapped to: cycle 1: 138 rows by State, recommendations as the Working Group report numbers them not known (138 rows give no paragraph number of their own)", output, StringComparison.Ordinal);
        var back = ReadBack(RealCountry("kh", "Cambodia"));
        Assert.Equal(138, back.Rows.Count);
        Assert.Equal("canonical layout", back.Layout);
        Assert.Equal(Without(Import(export, RealCountry("kh", "Cambodia"))), Without(back.Rows));
    }

    [Fact]
    public void The_report_of_one_row_says_row_and_recommendation_in_the_singular()
    {
        var rows = Path.Combine(_root, "rows.csv");
        File.WriteAllText(rows, """
            state_under_review,cycle,recommending_state,text,response,document,paragraph
            Cambodia,2,Iceland,Words written for this test.,supported,A/HRC/26/16,118.1
            Chile,2,Iceland,Other words written for this test.,noted,A/HRC/26/5,120.1
            """);

        var (code, output, error) = ConsoleCapture.Run("import", rows, "--country", "kh", "--output", Output);

        Assert.True(code == 0, error);
        Assert.Contains("Mapped to: cycle 2: 1 row by State, 1 recommendation\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Rows left out: 1 (1 row of other States under Review)", output, StringComparison.Ordinal);
        Assert.Contains("Wrote 1 row and 0 pledges", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("upr-info-2015/17-20.csv", "UPR Info database export", "7,984", "205", "7,779")]
    [InlineData("upr-info-2015-xls/6-9.xls", "UPR Info database export", "8,343", "138", "8,205")]
    [InlineData("upr-info-2015-xls/17-20.xls", "UPR Info database export", "7,984", "205", "7,779")]
    [InlineData("dihr-sdg-explorer/upr1.xlsx", "DIHR SDG–Human Rights Data Explorer export", "20,678", "137", "20,541")]
    [InlineData("dihr-sdg-explorer/upr2.xlsx", "DIHR SDG–Human Rights Data Explorer export", "35,996", "205", "35,791")]
    public void Every_real_export_gives_Cambodia_the_rows_of_the_data_README(
        string file, string layout, string read, string cambodia, string others)
    {
        var (code, output, error) = ConsoleCapture.Run("import", Path.Combine(SharedData, file), "--country", "kh", "--output", Output);

        Assert.True(code == 0, error);
        Assert.Contains($"Layout: {layout}", output, StringComparison.Ordinal);
        Assert.Contains($"Rows read: {read}", output, StringComparison.Ordinal);
        Assert.Contains($"Rows for Cambodia: {cambodia}", output, StringComparison.Ordinal);
        Assert.Contains("Rows naming several recommending States: 0, split into 0 rows", output, StringComparison.Ordinal);
        Assert.Contains("Rows merged into another: 0", output, StringComparison.Ordinal);
        Assert.Contains($"Rows left out: {others} ({others} rows of other States under Review)", output, StringComparison.Ordinal);
        Assert.Contains($"Wrote {cambodia} rows and 0 pledges", output, StringComparison.Ordinal);
        Assert.Equal(int.Parse(cambodia, System.Globalization.CultureInfo.InvariantCulture), ReadBack(RealCountry("kh", "Cambodia")).Rows.Count);
    }

    [Fact]
    public void The_China_matrix_read_for_another_State_is_left_out_and_says_whose_it_is()
    {
        var matrix = Path.Combine(SharedData, "ohchr-matrix", "china-cycle2-2013.docx");

        var (code, output, _) = ConsoleCapture.Run("import", matrix, "--country", "kh", "--output", Output);

        Assert.Equal(0, code);
        Assert.Contains("warning UPR0560", output, StringComparison.Ordinal);
        Assert.Contains("Rows left out: 252 (252 paragraphs of another State under Review (China))", output, StringComparison.Ordinal);
        Assert.Contains("Wrote 0 rows", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_exits_1_with_its_diagnostics_and_writes_nothing()
    {
        var bad = Path.Combine(_root, "bad.csv");
        File.WriteAllText(bad, "recommending_state,text,response,cycle\nFrance,Do it,perhaps,2\n");

        var (code, _, error) = ConsoleCapture.Run("import", bad, "--country", "kh", "--output", Output);

        Assert.Equal(1, code);
        Assert.Contains("error UPR0504", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void An_unknown_country_code_exits_1()
    {
        var (code, _, error) = ConsoleCapture.Run("import", Path.Combine(SharedData, "upr-info-2015", "6-9.csv"), "--country", "xx", "--output", Output);

        Assert.Equal(1, code);
        Assert.Contains("'xx' is not the ISO 3166-1 alpha-2 code", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Country RealCountry(string code, string name) => new(code, LocalizedText.Of("en", name), [name], LocalizedText.Empty, [], []);

    private static IReadOnlyList<Recommendation> Import(string path, Country country)
    {
        var diagnostics = new DiagnosticList();
        return Importer.Read(new ImportFile(path, path, File.ReadAllBytes(path)), country, diagnostics).Rows;
    }

    private RecommendationFile ReadBack(Country country)
    {
        var diagnostics = new DiagnosticList();
        var file = Importer.Read(new ImportFile(Output, Output, File.ReadAllBytes(Output)), country, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        return file;
    }

    /// <summary>The rows without where they were read, as comparable text.</summary>
    private static List<string> Without(IReadOnlyList<Recommendation> rows) => rows
        .Select(r => string.Join(" | ", r.Id, r.Cycle, r.Session, r.StateUnderReview, r.RecommendingState, r.RegionalGroup, r.Response,
            string.Join(";", r.Issues), r.ActionCategory, r.Document, r.Paragraph, string.Join(";", r.Sdgs), string.Join(";", r.Themes),
            string.Join(";", r.AffectedPersons), r.Assessment, r.Text))
        .ToList();
}
