using System.Diagnostics;
using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Statistics;
using UprSite.Import;

// Timed command for the performance budget (docs/performance.md): reads one or more exports
// from disk, parses every row of every State under Review, and computes for each State the same Core statistics a
// build computes for its country (per cycle, issue, recommending State, regional group, action category, trends, the
// States that lead each issue). Run it under /usr/bin/time -v to see the whole process's wall time and peak memory.
if (args.Length == 0 || args.Any(a => !File.Exists(a)))
{
    Console.Error.WriteLine("usage: UprSite.Bench <export.csv|.xlsx|.xls> [more exports…]");
    return 2;
}

var clock = Stopwatch.StartNew();
var files = args.Select(Path.GetFullPath).Select(p => new ImportFile(Path.GetFileName(p), p, File.ReadAllBytes(p))).ToList();
var read = clock.Elapsed;

var diagnostics = new DiagnosticList();
var parsed = files.Select(f => Importer.ReadAll(f, diagnostics)).ToList();
var rows = parsed.SelectMany(p => p.Rows).ToList();
var parsedAt = clock.Elapsed;

var figures = rows
    .GroupBy(r => r.StateUnderReview, StringComparer.Ordinal)
    .Select(g => g.ToList())
    .Select(state => (
        Cycles: RecommendationStatistics.ByCycle(state),
        Issues: RecommendationStatistics.ByIssue(state),
        Recommenders: RecommendationStatistics.ByRecommendingState(state),
        Groups: RecommendationStatistics.ByRegionalGroup(state),
        Actions: RecommendationStatistics.ByActionCategory(state),
        IssueTrends: Trends.ByIssue(state),
        Leaders: TopStates.ByIssue(state, 5)))
    .ToList();
var computedAt = clock.Elapsed;

string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
var cycles = figures.SelectMany(f => f.Cycles).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{string.Join(" + ", parsed.Select(p => $"{p.File} ({p.Layout}, {p.Rows.Count:N0} rows)"))}: {rows.Count:N0} rows, " +
    $"{figures.Count} States under Review, supported {cycles.Sum(c => c.Supported):N0}, noted {cycles.Sum(c => c.Noted):N0}, " +
    $"{figures.Sum(f => f.Issues.Count):N0} issue figures, {figures.Sum(f => f.Leaders.Count):N0} issue leader lists; " +
    $"{diagnostics.Items.Count(d => d.IsError)} error(s)"));
Console.WriteLine($"read files {Ms(read)} ms, parse {Ms(parsedAt - read)} ms, compute {Ms(computedAt - parsedAt)} ms, total {Ms(computedAt)} ms");
return diagnostics.HasErrors ? 1 : 0;
