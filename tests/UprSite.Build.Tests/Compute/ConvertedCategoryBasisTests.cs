using UprSite.Build.Tests.Support;
using UprSite.Import.Layouts.Canonical;
using UprSite.Import.Tables;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// Cambodia's cycle-2 rows of the real UPR Info export (../shared/data/upr-info-2015/17-20.csv, which codes every
/// action category) converted to the canonical CSV as <c>uprsite import</c> writes it, then built: the dashboard and
/// recommendations.csv say the categories are the source's coding, not estimated from the first verb.
/// </summary>
public sealed class ConvertedCategoryBasisTests
{
    [Fact]
    public void A_site_built_from_a_converted_UPR_Info_export_says_its_categories_are_the_sources_coding()
    {
        var (file, _) = RealExports.ReadCambodia(RealExports.UprInfo17To20);
        var converted = Path.Combine(Path.GetTempPath(), $"uprsite-converted-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(converted, CanonicalCsvWriter.Write(file.Rows, file.Pledges));
        try
        {
            using var country = RealExportCountry.Build("kh", "names: {en: Cambodia}\nreviews:\n  - {cycle: 2, session: 18, date: 2014-01-28}\n",
                converted, "recommendations.csv");

            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(country.Text("en/countries/kh/index.html"));
            Assert.Equal("Recommendations by State by action category", page.QuerySelector("#chart-categories h3")!.TextContent.Trim());
            Assert.Equal($"Counted from the {file.Rows.Count} classified recommendations by State this site holds, on Edward McMahon's scale, as their sources coded them.",
                page.QuerySelector("#chart-categories .chart-note")!.TextContent.Trim());
            var rows = CsvTableReader.Read(country.Text("data/kh/recommendations.csv"), out _, out _)!.Rows;
            var column = rows[0].Cells.ToList().IndexOf("action_category_source");
            Assert.Equal(file.Rows.Count, rows.Skip(1).Count(r => r.Cells[column] == "source"));
        }
        finally
        {
            File.Delete(converted);
        }
    }
}
