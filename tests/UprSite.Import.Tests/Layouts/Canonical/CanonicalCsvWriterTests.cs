using System.Text;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import.Layouts.Canonical;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.Canonical;

/// <summary>What the canonical writer writes reads back as the same rows, formula-like texts and pledges included.</summary>
public sealed class CanonicalCsvWriterTests
{
    private static Recommendation Row(string id, string text, Response response) =>
        new(id, 2, 18, "Cambodia", "Chile", "GRULAC", text, response, ["Right to land"], ActionCategory.Minimal, "A/HRC/26/16", "118.2", ["16"],
            new RowRef("x", 2))
        {
            Themes = ["E21 Right to adequate housing", "Children: definition; general principles"],
            AffectedPersons = ["women", "children"],
            Assessment = "Partially implemented, see \"report\".",
        };

    [Fact]
    public void Rows_and_pledges_read_back_as_they_were_written()
    {
        Recommendation[] rows = [Row("r1", "=HYPERLINK(\"x\") is no formula here", Response.PartlySupported), Row("r2", "- a list item, then text", Response.Noted)];
        VoluntaryPledge[] pledges = [new(2, 18, "Cambodia", "Cambodia", "@ We will report at mid-term.", [], new RowRef("x", 3))];

        var bytes = CanonicalCsvWriter.Write(rows, pledges);
        var (file, diagnostics) = RealExports.ReadAll(RealExports.File("rows.csv", bytes));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Contains("'=HYPERLINK", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(rows.Select(Describe), file.Rows.Select(Describe));
        var pledge = Assert.Single(file.Pledges);
        Assert.Equal((pledges[0].Text, 18, "Cambodia"), (pledge.Text, pledge.Session!.Value, pledge.MadeBy));
    }

    [Fact]
    public void Action_categories_keep_their_basis_coded_by_the_source_or_estimated_from_the_text()
    {
        var (upr, _) = RealExports.ReadCambodia(RealExports.UprInfo17To20);
        var (dihr, _) = RealExports.ReadCambodia(RealExports.DihrCycle2);
        Assert.All(upr.Rows, r => Assert.False(r.ActionCategoryEstimated));
        Assert.Contains(dihr.Rows, r => r.ActionCategoryEstimated);

        foreach (var source in new[] { upr, dihr })
        {
            var (file, diagnostics) = RealExports.ReadAll(RealExports.File("rows.csv", CanonicalCsvWriter.Write(source.Rows, [])));

            Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
            Assert.Equal(source.Rows.Select(r => (r.Id, r.ActionCategory, r.ActionCategoryEstimated)),
                file.Rows.Select(r => (r.Id, r.ActionCategory, r.ActionCategoryEstimated)));
        }
    }

    private static string Describe(Recommendation r) => string.Join(" | ", LayoutSpec.Line(r), string.Join("/", r.Themes),
        string.Join("/", r.AffectedPersons), r.Assessment);
}
