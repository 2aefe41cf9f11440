using System.Globalization;
using UprSite.Build.Tests.Support;
using UprSite.Core.Reference;
using UprSite.Import.Layouts;
using UprSite.Import.Tables;

namespace UprSite.Build.Tests.Reference;

/// <summary>
/// The session table against the real exports: DIHR gives each State's review year ("2014 Cycle 2"), UPR Info its
/// session; the year must lie within the session's months.
/// </summary>
[Collection(RealExportNamesCollection.Name)]
public sealed class RealSessionDatesTests(RealExportNames exports)
{
    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(1, 3, 2)]
    public void The_year_DIHR_gives_a_review_lies_within_the_session_UPR_Info_gives_it(int uprInfoFile, int dihrFile, int cycle)
    {
        var years = ReviewYears(RealExportNames.Files[dihrFile], cycle);
        var sessions = exports.RowsByFile[RealExportNames.Files[uprInfoFile]]
            .Select(r => (State: UnStates.Resolve(r.StateUnderReview).State!.Alpha2, Session: r.Session!.Value))
            .Distinct()
            .ToList();

        var disagreeing = sessions
            .Select(s => (s.State, Session: WorkingGroupSessions.Find(s.Session)!, Year: years[s.State]))
            .Where(s => s.Year < s.Session.StartYear || s.Year > s.Session.EndYear)
            .Select(s => $"{s.State}: session {s.Session.Number}, DIHR {s.Year}")
            .ToList();

        Assert.True(sessions.Count > 40, $"{sessions.Count} reviews");
        Assert.Empty(disagreeing);
    }

    [Fact]
    public void Every_DIHR_review_year_lies_within_its_cycles_sessions()
    {
        foreach (var (file, cycle) in new[] { (2, 1), (3, 2) })
        {
            var sessions = WorkingGroupSessions.All.Where(s => s.Cycle == cycle).ToList();
            var years = ReviewYears(RealExportNames.Files[file], cycle);

            Assert.Equal(193, years.Count);
            Assert.All(years, y => Assert.InRange(y.Value, sessions.Min(s => s.StartYear), sessions.Max(s => s.EndYear)));
        }
    }

    /// <summary>Each State under Review's year in a DIHR export, from its `field_year` column ("2014 Cycle 2").</summary>
    private static Dictionary<string, int> ReviewYears(string path, int cycle)
    {
        var table = HeaderedTable.Of(XlsxTableReader.Read(File.ReadAllBytes(path), out var problem) ?? throw new InvalidDataException(problem));
        var state = IndexOf(table, "Recommendation");
        var year = IndexOf(table, "field_year");
        return table.Rows
            .Where(r => r[year].EndsWith($"Cycle {cycle}", StringComparison.Ordinal))
            .Select(r => (State: UnStates.Resolve(r[state]).State!.Alpha2, Year: int.Parse(r[year][..4], CultureInfo.InvariantCulture)))
            .Distinct()
            .ToDictionary(r => r.State, r => r.Year);
    }

    private static int IndexOf(HeaderedTable table, string column) =>
        table.Header.Cells.ToList().FindIndex(h => h == column) is var i and >= 0 ? i : throw new InvalidDataException($"no column {column} in {RealExports.DihrCycle2}");
}
