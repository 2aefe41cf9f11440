using System.CommandLine;
using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;
using UprSite.Core.Text;
using UprSite.Import;
using UprSite.Import.Layouts.Canonical;

namespace UprSite.Cli;

/// <summary>
/// <c>uprsite import FILE --country kh [--output recommendations.csv]</c>: any source the tool reads, as the canonical
/// CSV of that country's rows, with a report of what was read, split, kept apart and left out. Bad input: the
/// diagnostics, nothing written, exit 1.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The export, matrix or table to convert (.csv, .tsv, .xlsx, .xls, .docx)" };
        var country = new Option<string>("--country") { Description = "The State under Review (ISO 3166-1 alpha-2, e.g. kh)", Required = true };
        var output = new Option<string>("--output")
        {
            Description = "Where to write the canonical CSV", DefaultValueFactory = _ => "recommendations.csv",
        };
        var command = new Command("import", "Convert a recommendations source into the canonical CSV of one country's rows") { file, country, output };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(country)!, result.GetValue(output)!));
        return command;
    }

    private static int Run(string path, string code, string output)
    {
        if (UnStates.ByAlpha2(code.ToUpperInvariant()) is not { } state)
        {
            Console.Error.WriteLine($"error: '{code}' is not the ISO 3166-1 alpha-2 code of a UN member or observer State (e.g. kh for Cambodia)");
            return ExitCodes.InputErrors;
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: {path}: no such file");
            return ExitCodes.InputErrors;
        }

        if (Path.GetFullPath(path) == Path.GetFullPath(output))
        {
            Console.Error.WriteLine($"error: --output {output} is the file being imported; write the CSV elsewhere");
            return ExitCodes.InputErrors;
        }

        var country = new Country(state.Alpha2.ToLowerInvariant(), LocalizedText.Of("en", state.EnglishName), [.. state.Names],
            LocalizedText.Empty, [], []);
        var diagnostics = new DiagnosticList();
        var imported = Importer.Read(new ImportFile(path, path, File.ReadAllBytes(path)), country, diagnostics);
        foreach (var diagnostic in diagnostics.Items)
        {
            (diagnostic.IsError ? Console.Error : Console.Out).WriteLine(diagnostic.ToString());
        }

        if (diagnostics.HasErrors)
        {
            Console.Error.WriteLine($"Nothing written: {diagnostics.Items.Count(d => d.IsError)} error(s).");
            return ExitCodes.InputErrors;
        }

        File.WriteAllBytes(output, CanonicalCsvWriter.Write(imported.Rows, imported.Pledges));
        Report(imported, state, output);
        return ExitCodes.Success;
    }

    private static void Report(RecommendationFile file, UnState state, string output)
    {
        var split = file.Rows.GroupBy(r => r.Source.Row).Where(g => g.Count() > 1).ToList();
        Console.WriteLine($"Layout: {file.Layout}");
        Console.WriteLine($"Rows read: {N(file.RowsInFile)}");
        Console.WriteLine($"Rows for {state.EnglishName}: {N(file.RowsForCountry)}");
        var cycles = RecommendationStatistics.ByCycle(file.Rows)
            .Select(c => $"cycle {c.Cycle}: {CountedNoun.Of(c.Received, "row by State", "rows by State")}, " + Paragraphs(c));
        Console.WriteLine($"Mapped to: {(file.Rows.Count == 0 ? "no cycle" : string.Join("; ", cycles))}");
        Console.WriteLine($"Rows naming several recommending States: {N(split.Count)}, split into {CountedNoun.Of(split.Sum(g => g.Count()), "row", "rows")} (one per State)");
        var merged = file.Merged.Sum(m => m.Value);
        Console.WriteLine($"Rows merged into another: {N(merged)}{(merged == 0 ? string.Empty : " (" + string.Join("; ", file.Merged.Select(m => Reason(m.Value, m.Key))) + ")")}");
        Console.WriteLine($"Voluntary pledges kept apart: {N(file.Pledges.Count)}");
        var dropped = file.LeftOut.Sum(l => l.Value);
        Console.WriteLine($"Rows left out: {N(dropped)}{(dropped == 0 ? string.Empty : " (" + string.Join("; ", file.LeftOut.Select(l => Reason(l.Value, l.Key))) + ")")}");
        Console.WriteLine($"Wrote {CountedNoun.Of(file.Rows.Count, "row", "rows")} and {CountedNoun.Of(file.Pledges.Count, "pledge", "pledges")} to {output}");
    }

    /// <summary>The recommendations as the Working Group report numbers them, counted as the site counts them: only when every row gives its paragraph.</summary>
    private static string Paragraphs(CycleFigures figures) => figures.ParagraphsKnown
        ? CountedNoun.Of(figures.Recommendations, "recommendation", "recommendations")
        : "recommendations as the Working Group report numbers them not known ("
            + CountedNoun.Of(figures.WithoutOwnParagraph, "row gives no paragraph number of its own", "rows give no paragraph number of their own") + ")";

    /// <summary>"1 row of other mechanisms…", "3 rows of…": a reason opens with its plural noun, made singular for one.</summary>
    private static string Reason(int count, string reason)
    {
        var space = reason.IndexOf(' ', StringComparison.Ordinal);
        var (noun, rest) = space < 0 ? (reason, string.Empty) : (reason[..space], reason[space..]);
        return noun switch
        {
            "rows" => CountedNoun.Of(count, "row", "rows") + rest,
            "paragraphs" => CountedNoun.Of(count, "paragraph", "paragraphs") + rest,
            _ => $"{N(count)} {reason}",
        };
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
