using System.Globalization;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Text;

namespace UprSite.Build.Parsing.Recommendations;

/// <summary>
/// Reads countries/&lt;iso2&gt;/implementation.csv: recommendation_id, status, evidence, source, date. Every rating needs
/// its evidence; whether its id exists is checked in Validate, once all rows are known.
/// </summary>
public static class ImplementationParser
{
    public const string FileName = "implementation.csv";

    public static readonly IReadOnlyList<string> Columns = ["recommendation_id", "status", "evidence", "source", "date"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["id"] = "recommendation_id", ["recommendation"] = "recommendation_id", ["date_assessed"] = "date", ["assessed"] = "date",
    };

    private static readonly string[] Required = ["recommendation_id", "status", "evidence"];

    public static ImplementationFile Parse(string countryCode, SourceFile file, DiagnosticList diagnostics)
    {
        var reporter = new RowReporter(file.DisplayPath);
        var (ratings, idColumn) = Read(file, reporter);
        diagnostics.AddRange(reporter.Diagnostics);
        return new ImplementationFile(countryCode, file.DisplayPath, reporter.HasErrors ? [] : ratings) { IdColumn = idColumn };
    }

    private static (List<ImplementationRating> Ratings, int IdColumn) Read(SourceFile file, RowReporter reporter)
    {
        DataTable? table;
        string? problem;
        int problemLine;
        try
        {
            TableLimits.CheckSize(file.Bytes.LongLength);
            table = CsvTableReader.Read(TextDecoder.Decode(file.Bytes), out problem, out problemLine);
        }
        catch (TableLimitException e)
        {
            (table, problem, problemLine) = (null, e.Message, e.Line);
        }

        if (table is null)
        {
            reporter.Error(DiagnosticCodes.UnreadableImplementationFile, $"the file cannot be read: {problem}", problemLine);
            return ([], 0);
        }

        var index = IndexColumns(table, reporter);
        if (index is null)
        {
            return ([], 0);
        }

        var ratings = new List<ImplementationRating>();
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            if (ReadRow(row, index, reporter) is { } rating)
            {
                ratings.Add(rating);
            }
        }

        return (ratings, index["recommendation_id"] + 1);
    }

    private static Dictionary<string, int>? IndexColumns(DataTable table, RowReporter reporter)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = HeaderNames.Trimmed(table.Header);
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var name = HeaderNames.Normalise(header[i]);
            name = Aliases.GetValueOrDefault(name, name);
            if (!Columns.Contains(name) || !index.TryAdd(name, i))
            {
                var nearest = NearestName.Find(name, Columns);
                var reason = Columns.Contains(name) ? "appears twice; keep one" : nearest is null ? "is unknown" : $"is unknown (did you mean '{nearest}'?)";
                reporter.Error(DiagnosticCodes.UnknownImplementationColumn,
                    $"column '{header[i]}' {reason}; the columns are: {string.Join(", ", Columns)}", table.HeaderLine, i + 1);
                ok = false;
            }
        }

        foreach (var missing in Required.Where(r => !index.ContainsKey(r)))
        {
            reporter.Error(DiagnosticCodes.MissingImplementationColumn,
                $"the header has no '{missing}' column; add it (required: {string.Join(", ", Required)})", table.HeaderLine, 1);
            ok = false;
        }

        return ok ? index : null;
    }

    private static ImplementationRating? ReadRow(TableRow row, Dictionary<string, int> index, RowReporter reporter)
    {
        string Value(string column) => index.TryGetValue(column, out var i) ? row[i] : string.Empty;
        int Column(string column) => index.TryGetValue(column, out var i) ? i + 1 : 0;
        var errors = reporter.ErrorCount;

        var id = Value("recommendation_id");
        if (id.Length == 0)
        {
            reporter.Error(DiagnosticCodes.MissingImplementationValue,
                "this rating has no recommendation id; copy the id of the recommendation it rates", row.Line, Column("recommendation_id"));
        }

        var status = ImplementationStatusVocabulary.Parse(Value("status"));
        if (status is null)
        {
            var what = Value("status").Length == 0 ? "this rating has no status" : $"unknown status '{Value("status")}'";
            reporter.Error(DiagnosticCodes.UnknownImplementationStatus,
                $"{what}; write one of: {string.Join(", ", ImplementationStatusVocabulary.Canonical)}", row.Line, Column("status"));
        }

        var evidence = Value("evidence");
        if (evidence.Length == 0)
        {
            reporter.Error(DiagnosticCodes.MissingImplementationValue,
                "this rating has no evidence; say what shows the status (a law, a report, a decision…) — a rating without evidence is not published",
                row.Line, Column("evidence"));
        }

        DateOnly? assessed = null;
        if (Value("date") is { Length: > 0 } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                assessed = parsed;
            }
            else
            {
                reporter.Error(DiagnosticCodes.InvalidAssessmentDate,
                    $"date '{date}' should be written YYYY-MM-DD (for example 2024-03-15)", row.Line, Column("date"));
            }
        }

        var source = Value("source");
        return reporter.ErrorCount > errors
            ? null
            : new ImplementationRating(id, status!.Value, evidence, source.Length == 0 ? null : source, assessed, new RowRef(reporter.File, row.Line));
    }
}
