using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.Implementation;

/// <summary>
/// Reads countries/&lt;iso2&gt;/implementation.csv: recommendation_id, status, evidence, source, date. Every rating needs
/// its evidence; whether its id exists is checked in Validate, once all rows are known.
/// </summary>
public static class ImplementationLayout
{
    public const string FileName = "implementation.csv";

    public static readonly IReadOnlyList<string> Columns = ["recommendation_id", "status", "evidence", "source", "date"];

    private static readonly string[] Required = ["recommendation_id", "status", "evidence"];

    private static readonly HeaderBinder Binder = new()
    {
        Layout = "implementation file",
        Columns = Columns,
        Required = Required,
        Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = "recommendation_id", ["recommendation"] = "recommendation_id", ["date_assessed"] = "date", ["assessed"] = "date",
        },
        UnknownColumn = DiagnosticCodes.UnknownImplementationColumn,
        DuplicateColumn = DiagnosticCodes.UnknownImplementationColumn,
        MissingColumn = DiagnosticCodes.MissingImplementationColumn,
        MissingAdvice = $"add it (required: {string.Join(", ", Required)})",
    };

    public static ImplementationFile Read(string countryCode, ImportFile file, DiagnosticList diagnostics)
    {
        var reporter = new RowReporter(file.DisplayPath);
        var (ratings, idColumn) = ReadRatings(file, reporter);
        diagnostics.AddRange(reporter.Diagnostics);
        return new ImplementationFile(countryCode, file.DisplayPath, reporter.HasErrors ? [] : ratings) { IdColumn = idColumn };
    }

    private static (List<ImplementationRating> Ratings, int IdColumn) ReadRatings(ImportFile file, RowReporter reporter)
    {
        RawTable? table;
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

        var headered = HeaderedTable.Of(table);
        if (Binder.Bind(headered.Header, reporter) is not { } header)
        {
            return ([], 0);
        }

        var ratings = new List<ImplementationRating>();
        foreach (var row in headered.Rows.Where(r => !r.IsBlank))
        {
            if (ReadRow(row, header, reporter) is { } rating)
            {
                ratings.Add(rating);
            }
        }

        return (ratings, header.IndexOf("recommendation_id") + 1);
    }

    private static ImplementationRating? ReadRow(RawRow row, BoundHeader header, RowReporter reporter)
    {
        string Value(string column) => header.CellOf(row, column)?.Value ?? string.Empty;
        int Column(string column) => header.CellOf(row, column)?.Column ?? 0;
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
