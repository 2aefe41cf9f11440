using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Build.Tests.Support;
using UprSite.Import;

namespace UprSite.Build.Tests.Validation;

/// <summary>
/// UPR Info rows (no paragraph) merged into an OHCHR matrix's paragraphs of the same review and State: a clause of a
/// clustered paragraph, the same text spaced otherwise, a text found whole in the paragraph's, a text 95 % alike with
/// the same numbers; never a text whose numbers differ, never across States. The matrix and the export are written
/// here in our own words, in the layouts of Slovenia's thematic list (session 20) and UPR Info's export.
/// </summary>
public sealed class ClauseMergeTests
{
    private static readonly Core.Model.Country Slovenia = RealExports.CountryNamed("si", "Slovenia");

    private static readonly string[] MatrixRows =
    [
        "115.38 Bring the ombudsperson's office fully in line with the Paris Principles (Egypt); keep working so that the ombudsperson's office meets the Paris Principles (Peru);give the ombudsperson's office the means to be accredited with A status (Azerbaijan);",
        "115.2 Speed up ratifying the amendment toarticle8 of the statute on hate speech (Belgium);",
        "115.6 Ratify the convention on the rights of migrant workers and their families (ICRMW) (Chile);",
        "115.7 Keep funding the national programme against domestic violence for the years 2016 to 2020 in every region (Spain);",
        "115.9 Ratify ILO Convention No. 169 on indigenous and tribal peoples (Spain);",
    ];

    private static readonly string[] UprInfoRows =
    [
        "Bring the ombudsperson's office fully in line with the Paris Principles|Egypt",
        "Keep working so that the ombudsperson's office meets the Paris Principles|Peru",
        "Give the ombudsperson's office the means to be accredited with A status|Azerbaijan",
        "Speed up ratifying the amendment to article 8 of the statute on hate speech|Belgium",
        "Ratify the convention on the rights of migrant workers and their families|Chile",
        "Keep funding the national program against domestic violence for the years 2016 to 2020 in every region|Spain",
        "Ratify ILO Convention No. 189 on indigenous and tribal peoples|Spain",
        "Bring the ombudsperson's office fully in line with the Paris Principles|Argentina",
    ];

    [Theory]
    [InlineData("matrix.docx", "upr-info.csv")]
    [InlineData("z-matrix.docx", "a-upr-info.csv")]
    public void Clauses_and_rewordings_merge_into_the_States_paragraphs_and_nothing_else_does(string matrixName, string exportName)
    {
        var diagnostics = new DiagnosticList();
        var files = new[] { Read(matrixName, Matrix(MatrixRows.Select(r => (r, "Supported"))), diagnostics), Read(exportName, Export(UprInfoRows), diagnostics) };
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal((7, 8), (files[0].Rows.Count, files[1].Rows.Count));

        var rows = SourceMerge.Merge(files, diagnostics).SelectMany(f => f.Rows).ToList();

        Assert.Equal(9, rows.Count);
        Assert.Equal(3, rows.Count(r => r.Paragraph == "115.38"));
        Assert.All(["Egypt", "Peru", "Azerbaijan", "Belgium", "Chile"], s => Assert.NotNull(Assert.Single(rows, r => r.RecommendingState == s).Paragraph));
        Assert.Equal([string.Empty, "115.7", "115.9"], rows.Where(r => r.RecommendingState == "Spain").Select(r => r.Paragraph ?? string.Empty).Order());
        Assert.Null(Assert.Single(rows, r => r.RecommendingState == "Argentina").Paragraph);

        var merged = diagnostics.Items.Where(d => d.Code == DiagnosticCodes.MergedByClauseOrWording.Id).ToList();
        Assert.Equal(6, merged.Count);
        Assert.All(merged, d => Assert.Equal((Severity.Info, exportName), (d.Severity, Path.GetFileName(d.File))));
        Assert.Equal([2, 3, 4, 5, 6, 7], merged.Select(d => d.Line));
        Assert.Equal(3, merged.Count(d => d.Message.Contains("this State's part of that paragraph, which clusters recommendations", StringComparison.Ordinal)));
        Assert.Contains("the same text once spaces are set aside", merged[3].Message, StringComparison.Ordinal);
        Assert.Contains("its text is found whole in that paragraph's", merged[4].Message, StringComparison.Ordinal);
        Assert.Contains("% alike, with the same numbers and abbreviations", merged[5].Message, StringComparison.Ordinal);
        Assert.Contains("in paragraph 115.7 of", merged[5].Message, StringComparison.Ordinal);

        // Spain's "No. 189" is no 115.9 ("No. 169"): both Spain rows are left, and the build says they may be one.
        var doubt = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.CycleInSeveralFiles.Id);
        Assert.Contains("has 1 row in this file and 1 from", doubt.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_clause_UPR_Info_lists_apart_joins_the_one_partly_supported_paragraph_a_matrix_holds_whole()
    {
        var diagnostics = new DiagnosticList();
        var files = new[]
        {
            Read("matrix.docx", Matrix([
                ("115.12 Ratify the Rome Statute of the International Criminal Court (Tunisia); withdraw its reservations to the convention on women (Tunisia);", "Supported/Noted"),
                ("115.13 Ratify the Rome Statute of the International Criminal Court (Chile);", "Supported")]), diagnostics),
            Read("upr-info.csv", Export([
                "Ratify the Rome Statute of the International Criminal Court|Tunisia|Accepted",
                "Withdraw its reservations to the convention on women|Tunisia|Noted",
                "Ratify the Rome Statute of the International Criminal Court|Chile|Accepted"]), diagnostics),
        };
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));

        var rows = SourceMerge.Merge(files, diagnostics).SelectMany(f => f.Rows).ToList();

        var tunisia = Assert.Single(rows, r => r.RecommendingState == "Tunisia");
        Assert.Equal(("115.12", Core.Vocabulary.Response.PartlySupported), (tunisia.Paragraph, tunisia.Response));
        Assert.Equal("115.13", Assert.Single(rows, r => r.RecommendingState == "Chile").Paragraph);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == DiagnosticCodes.MergedByClauseOrWording.Id && d.Message.Contains("115.12", StringComparison.Ordinal)));
    }

    private static RecommendationFile Read(string name, byte[] bytes, DiagnosticList diagnostics) =>
        Importer.Read(new ImportFile($"countries/si/recommendations/{name}", name, bytes), Slovenia, diagnostics);

    /// <summary>UPR Info's layout; each row "text|State" or "text|State|response" (accepted when none is given).</summary>
    private static byte[] Export(IEnumerable<string> rows)
    {
        var csv = new StringBuilder("To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n");
        foreach (var parts in rows.Select(r => r.Split('|')))
        {
            csv.Append($"Slovenia,EEG,,\"{parts[0]}\",{parts[1]},,,{(parts.Length > 2 ? parts[2] : "Accepted")},4,,20\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static byte[] Matrix(IEnumerable<(string Text, string Position)> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var header = Row("Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation");
            var rows = paragraphs.Select(p => Row(p.Text, $"{p.Position}\nSource of position: A/HRC/28/15/Add.1", "B51 Right to an effective remedy", string.Empty));
            document.AddMainDocumentPart().Document = new Document(new Body(
                Paragraph("UPR of Slovenia (2nd Cycle – 20th session)"),
                new Table([new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto }), header, .. rows])));
        }

        return stream.ToArray();
    }

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(c.Split('\n').Select(Paragraph))));

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
