using System.Globalization;
using System.Text.Json;
using UprSite.Build.Tests.Support;
using UprSite.Core.Statistics;
using UprSite.Import.Tables;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// Cambodia's cycle-2 recommendations in the real DIHR export (../shared/data/dihr-sdg-explorer/upr2.xlsx) by SDG
/// goal: through the real importer and the compute, and in the built dashboard's CSV, statistics.json and note,
/// against <see cref="DihrGoalsCount"/>, which counts the Goals cells on its own. The fixed figures (205 rows,
/// 128 linked, 77 "No SDG link identified", goal 16: 71 = 57 supported + 14 noted) were also counted by a separate
/// script reading the workbook's XML with Python's zipfile and ElementTree.
/// </summary>
public sealed class DihrSdgBreakdownTests
{
    private static readonly DihrGoalsCount Oracle = DihrGoalsCount.Of(RealExports.DihrCycle2, "Cambodia", "Cycle 2");

    private static readonly DihrGroupsCount Groups = DihrGroupsCount.Of(RealExports.DihrCycle2, "Cambodia", "Cycle 2");

    [Fact]
    public void The_independent_count_holds_the_figures_a_second_reader_found()
    {
        Assert.Equal((205, 128, 77), (Oracle.Rows, Oracle.Linked, Oracle.NoLinkCells));
        Assert.Equal((71, 57, 14), Oracle.Goals[16]);
        Assert.Equal((0, 0, 0), Oracle.Goals[13]);
        Assert.Equal((205, 71), (Groups.Rows, Groups.Linked));
        Assert.Equal((39, 24, 11), (Groups.Groups["Children"].Received, Groups.Groups["Women and girls"].Received, Groups.Groups["Human rights defenders"].Received));
    }

    [Fact]
    public void The_imported_rows_break_down_by_goal_as_the_goals_cells_say()
    {
        var (file, diagnostics) = RealExports.ReadCambodia(RealExports.DihrCycle2);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code is "UPR0514" or "UPR0550");

        var breakdown = LinkBreakdowns.BySdgGoal(file.Rows);

        Assert.Equal((Oracle.Rows, Oracle.Linked), (breakdown.Rows, breakdown.Linked));
        Assert.Equal(Enumerable.Range(1, 17).Select(n => (n.ToString(CultureInfo.InvariantCulture), Oracle.Goals[n])),
            breakdown.Groups.Select(g => (g.Key, (g.Received, g.Supported, g.Noted))));
    }

    [Fact]
    public void The_dashboard_shows_the_breakdown_with_its_basis_in_its_csv_statistics_and_note()
    {
        using var site = new TestSite();
        site.CopyInto(RealExports.DihrCycle2, "countries/kh/recommendations/upr2.xlsx");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var csv = File.ReadAllLines(Path.Combine(site.Output, "data", "kh", "charts", "chart-sdgs.csv"));
        Assert.Equal("sdg_goal,received,supported,noted,supported_share", csv[0]);
        Assert.Equal(Enumerable.Range(1, 17).Select(n => $"{n},{Oracle.Goals[n].Received},{Oracle.Goals[n].Supported},{Oracle.Goals[n].Noted}"),
            csv.Skip(1).Select(line => string.Join(',', line.Split(',').Take(4))));

        using var statistics = JsonDocument.Parse(site.ReadOutput("data/kh/statistics.json"));
        var goals = statistics.RootElement.GetProperty("sdg_goals");
        Assert.Equal((Oracle.Linked, Oracle.Rows), (goals.GetProperty("linked").GetInt32(), goals.GetProperty("rows").GetInt32()));
        var sixteen = goals.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("goal").GetInt32() == 16);
        Assert.Equal("Peace, justice and strong institutions", sixteen.GetProperty("name").GetString());
        Assert.Equal(Oracle.Goals[16].Received, sixteen.GetProperty("received").GetInt32());
        var persons = statistics.RootElement.GetProperty("affected_persons");
        Assert.Equal((Groups.Linked, Groups.Rows), (persons.GetProperty("linked").GetInt32(), persons.GetProperty("rows").GetInt32()));
        Assert.Equal(Groups.Groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Value)),
            persons.GetProperty("groups").EnumerateArray()
                .Select(g => (g.GetProperty("group").GetString()!, (g.GetProperty("received").GetInt32(), g.GetProperty("supported").GetInt32(), g.GetProperty("noted").GetInt32())))
                .OrderBy(g => g.Item1, StringComparer.Ordinal));
        var personsCsv = File.ReadAllLines(Path.Combine(site.Output, "data", "kh", "charts", "chart-affected-persons.csv"));
        Assert.Equal(Groups.Groups.Count, personsCsv.Length - 1);
        Assert.Contains(personsCsv, line => line.StartsWith($"Children,{Groups.Groups["Children"].Received},{Groups.Groups["Children"].Supported},{Groups.Groups["Children"].Noted},", StringComparison.Ordinal));
        var recommendations = CsvTableReader.Read(site.ReadOutput("data/kh/recommendations.csv"), out _, out _)!.Rows;
        var column = recommendations[0].Cells.ToList().IndexOf("affected_persons");
        Assert.Equal(Groups.Linked, recommendations.Skip(1).Count(r => r.Cells[column].Length > 0));
        var sdgs = recommendations[0].Cells.ToList().IndexOf("sdgs");
        var paragraph = recommendations[0].Cells.ToList().IndexOf("paragraph");
        Assert.Equal("16; 16.a", recommendations.Single(r => r.Cells[paragraph] == "118.29").Cells[sdgs]);
        Assert.Equal("1; 2; 11; 12; 1.4; 11.1; 12.2; 12.6; 2.3", recommendations.Single(r => r.Cells[paragraph] == "118.132" && r.Cells.Contains("Germany")).Cells[sdgs]);

        var page = DataSite.Page(site, "en/countries/kh/index.html");
        Assert.Equal(Groups.Groups.Count, page.QuerySelectorAll("#chart-affected-persons tbody tr").Length);
        Assert.StartsWith($"Counted from the {Oracle.Linked} recommendations by State, of the {Oracle.Rows} this site holds, that their sources link",
            page.QuerySelector("#chart-sdgs .chart-note")!.TextContent.Trim());
        Assert.Equal("Most often linked: goal 16 (Peace, justice and strong institutions), with 71 of the 128 recommendations by State this site holds that are linked to a Sustainable Development Goal (55.5%).",
            page.QuerySelector("#chart-sdgs .chart-summary")!.TextContent.Trim());
        Assert.Equal("16. Peace, justice and strong institutions", page.QuerySelectorAll("#chart-sdgs tbody tr")[15].Children[0].TextContent.Trim());
    }
}
