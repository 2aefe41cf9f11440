using System.Diagnostics;
using System.Globalization;
using UprSite.Build.Loading;
using UprSite.Build.Parsing.Recommendations;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;

// Timed command for the performance budget (README, "Development notes / performance"): reads one export from disk,
// parses every row of every State under Review, and computes per-State figures over them, the way a build does for one
// country but over the whole file. Run it under /usr/bin/time -v to see the whole process's wall time and peak memory.
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: UprSite.Bench <export.csv|.xlsx|.xls>");
    return 2;
}

var clock = Stopwatch.StartNew();
var path = Path.GetFullPath(args[0]);
var file = new SourceFile(Path.GetFileName(path), path, File.ReadAllBytes(path));
var read = clock.Elapsed;

var diagnostics = new DiagnosticList();
var parsed = RecommendationFileParser.ParseAll(file, diagnostics);
var parsedAt = clock.Elapsed;

var figures = parsed.Rows
    .GroupBy(r => r.StateUnderReview, StringComparer.Ordinal)
    .Select(g => (State: g.Key, Rows: g.Count(), Supported: g.Count(r => r.Response == Response.Supported),
        Noted: g.Count(r => r.Response == Response.Noted),
        Issues: g.SelectMany(r => r.Issues).GroupBy(i => i).Count(),
        Recommenders: g.Select(r => r.RecommendingState).Distinct().Count()))
    .OrderBy(f => f.State, StringComparer.Ordinal)
    .ToList();
var computedAt = clock.Elapsed;

string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{parsed.Layout}: {parsed.Rows.Count:N0} rows, {figures.Count} States under Review, " +
    $"supported {figures.Sum(f => f.Supported):N0}, noted {figures.Sum(f => f.Noted):N0}; {diagnostics.Items.Count(d => d.IsError)} error(s)"));
Console.WriteLine($"read file {Ms(read)} ms, parse {Ms(parsedAt - read)} ms, compute {Ms(computedAt - parsedAt)} ms, total {Ms(computedAt)} ms");
return diagnostics.HasErrors ? 1 : 0;
