using System.Text;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Core.Vocabulary;
using UprSite.Import;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Validation;

/// <summary>
/// Where sources disagree on one recommendation, the OHCHR matrix's word is counted (then UHRI, DIHR, UPR Info, a
/// canonical file), and the row set aside is warned about where it stands. Real files: China's cycle-2 matrix
/// (252 paragraphs, 204 supported, 48 noted: the official figures) and DIHR's cycle-2 export.
/// </summary>
public sealed class SourceAuthorityTests
{
    private static readonly Core.Model.Country China = RealExports.CountryNamed("cn", "China");

    private static string ChinaMatrix => Path.Combine(RepoPaths.SharedData, "ohchr-matrix", "china-cycle2-2013.docx");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_China_matrix_and_DIHR_give_the_official_204_and_48_with_one_numbering_warning(bool dihrFirst)
    {
        var files = new[] { RealExports.ReadFor(China, ChinaMatrix).File, RealExports.ReadFor(China, RealExports.DihrCycle2).File };
        var diagnostics = new DiagnosticList();

        var rows = SourceMerge.Merge(dihrFirst ? [files[1], files[0]] : files, diagnostics).SelectMany(f => f.Rows).ToList();

        var paragraphs = rows.GroupBy(r => r.Key).ToList();
        Assert.Equal(252, paragraphs.Count);
        Assert.Equal((204, 48), (paragraphs.Count(p => p.All(r => r.Response == Response.Supported)), paragraphs.Count(p => p.All(r => r.Response == Response.Noted))));
        Assert.Equal(285, rows.Count);
        // DIHR numbers Benin's "Take steps towards the ratification of ICCPR" 186.17 (row 6292); the matrix, 186.5.
        var numbered = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.MergedParagraphsDiffer.Id);
        Assert.Equal(("upr2.xlsx", 6292), (Path.GetFileName(numbered.File), numbered.Line));
        Assert.Contains("paragraph 186.17, but", numbered.Message, StringComparison.Ordinal);
        Assert.Contains("the OHCHR matrix) gives the same text as paragraph 186.5", numbered.Message, StringComparison.Ordinal);
        Assert.Equal(Response.Noted, Assert.Single(rows, r => r.Paragraph == "186.17").Response);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code is "UPR0546" or "UPR0516");
    }

    [Theory]
    [InlineData("a-corrections.csv")]
    [InlineData("z-corrections.csv")]
    public void A_response_another_file_gives_is_set_aside_for_the_matrix_s_and_warned_at_its_row(string name)
    {
        // Mongolia's 186.28 is supported in the matrix; this file says noted.
        var csv = "cycle,recommending_state,response,document,paragraph,text\n2,Mongolia,noted,A/HRC/25/5,186.28,Our own summary of the recommendation\n";
        var diagnostics = new DiagnosticList();
        var corrections = Importer.Read(new ImportFile($"countries/cn/recommendations/{name}", name, Encoding.UTF8.GetBytes(csv)), China, diagnostics);
        var files = new[] { RealExports.ReadFor(China, ChinaMatrix).File, corrections };

        var rows = SourceMerge.Merge(files, diagnostics).SelectMany(f => f.Rows).ToList();

        Assert.Equal(285, rows.Count);
        Assert.Equal(Response.Supported, Assert.Single(rows, r => r.Paragraph == "186.28").Response);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.MergedResponsesDiffer.Id);
        Assert.Equal((Severity.Warning, name, 2), (warning.Severity, Path.GetFileName(warning.File), warning.Line));
        Assert.StartsWith("this row gives Mongolia's recommendation the response 'noted', but ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("china-cycle2-2013.docx (row ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("the OHCHR matrix) gives it 'supported'; the site counts 'supported'", warning.Message, StringComparison.Ordinal);
    }
}
