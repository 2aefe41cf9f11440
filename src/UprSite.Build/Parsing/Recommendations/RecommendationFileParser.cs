using System.Globalization;
using System.Runtime.CompilerServices;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;

namespace UprSite.Build.Parsing.Recommendations;

/// <summary>
/// Reads one file of countries/&lt;iso2&gt;/recommendations/: decodes it, finds its layout by the header, keeps the rows
/// whose State under Review is this country and checks them. Reports how many rows it used.
/// </summary>
public static class RecommendationFileParser
{
    public static RecommendationFile Parse(SourceFile file, Country country, DiagnosticList diagnostics)
    {
        var matcher = new StateUnderReviewMatcher(country);
        return Parse(file, country.Code, matcher.Matches, matcher.DisplayName, diagnostics);
    }

    /// <summary>Every row of the file, whichever State it concerns (whole-export figures, benchmarks): no bound per country.</summary>
    public static RecommendationFile ParseAll(SourceFile file, DiagnosticList diagnostics) =>
        Parse(file, string.Empty, _ => true, "the State under Review", diagnostics);

    private static RecommendationFile Parse(
        SourceFile file, string countryCode, Func<string, bool> keep, string countryName, DiagnosticList diagnostics)
    {
        var reporter = new RowReporter(file.DisplayPath);
        var result = Read(file, countryCode, keep, countryName, reporter);
        diagnostics.AddRange(reporter.Diagnostics);
        return reporter.HasErrors ? result with { Rows = [] } : result;
    }

    // This and the per-row methods it reaches (table readers, layouts, row builder, ids, classifier) are compiled
    // optimised at once: an export runs them tens of thousands of times within the first second, before tiered
    // compilation would promote them (README, performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RecommendationFile Read(SourceFile file, string countryCode, Func<string, bool> keep, string countryName, RowReporter reporter)
    {
        var empty = new RecommendationFile(countryCode, file.DisplayPath, "unknown", [], 0, 0);
        var table = ReadTable(file, reporter);
        if (table is null)
        {
            return empty;
        }

        var layout = LayoutDetector.Detect(table.Header);
        var mapping = layout.Bind(table.Header, table.HeaderLine, reporter);
        if (mapping is null)
        {
            return empty with { Layout = layout.Name, RowsInFile = table.Rows.Count };
        }

        var builder = new RecommendationRowBuilder(reporter, countryName);
        var states = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<Recommendation>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var decisions = new Dictionary<string, bool>(StringComparer.Ordinal);
        var idColumn = 0;
        var dataRows = 0;
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            dataRows++;
            var sur = mapping.StateUnderReviewOf(row);
            if (sur.Length > 0)
            {
                states.Add(sur);
            }

            if (sur.Length > 0 && !Kept(sur, keep, decisions))
            {
                continue;
            }

            if (rows.Count == TableLimits.MaxRowsPerCountry && countryCode.Length > 0)
            {
                reporter.Error(DiagnosticCodes.RecommendationFileTooLarge,
                    $"'{Path.GetFileName(file.Path)}' is refused: it holds more than {TableLimits.MaxRowsPerCountry.ToString("N0", CultureInfo.InvariantCulture)} rows for {countryName}, many times what a State receives in all its reviews; keep one row per recommendation (and co-sponsor)",
                    row.Line);
                break;
            }

            var fields = mapping.Map(row);
            idColumn = fields.Id?.Column ?? 0;
            if (builder.Build(fields) is { } recommendation && UniqueId(recommendation, fields, ids, reporter) is { } unique)
            {
                rows.Add(unique);
            }
        }

        var result = new RecommendationFile(countryCode, file.DisplayPath, layout.Name, rows, dataRows, Math.Max(1, states.Count))
        {
            IdColumn = idColumn,
        };
        Report(result, countryName, reporter);
        return result;
    }

    // An export repeats each State's name on thousands of rows; decide once per name.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Kept(string stateUnderReview, Func<string, bool> keep, Dictionary<string, bool> decisions)
    {
        if (!decisions.TryGetValue(stateUnderReview, out var kept))
        {
            decisions[stateUnderReview] = kept = keep(stateUnderReview);
        }

        return kept;
    }

    /// <summary>
    /// A given id used twice is an error. A derived id used twice means the export repeats a row word for word (it
    /// happens in real exports); the repeat keeps its place in the count and gets a suffix ("-2").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Recommendation? UniqueId(Recommendation row, RowFields fields, Dictionary<string, int> ids, RowReporter reporter)
    {
        if (!ids.TryGetValue(row.Id, out var firstLine))
        {
            ids[row.Id] = row.Source.Row;
            return row;
        }

        if (fields.Id is { IsEmpty: false } given)
        {
            reporter.Error(DiagnosticCodes.DuplicateRecommendationId,
                $"id '{row.Id}' is already used on line {firstLine}; give every recommendation its own id", row.Source.Row, given.Column);
            return null;
        }

        for (var n = 2; ; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{row.Id}-{n}");
            if (ids.TryAdd(id, row.Source.Row))
            {
                return row with { Id = id };
            }
        }
    }

    /// <summary>The file's table, read by what it holds rather than by its extension (<see cref="TableFormatSniffer"/>).</summary>
    private static DataTable? ReadTable(SourceFile file, RowReporter reporter)
    {
        if (!IsTableFile(file.Path))
        {
            reporter.Error(DiagnosticCodes.UnsupportedRecommendationFile,
                $"'{Path.GetFileName(file.Path)}' is not a .csv, .tsv, .xlsx or .xls file; move it out of recommendations/ or save it in one of those formats");
            return null;
        }

        try
        {
            TableLimits.CheckSize(file.Bytes.LongLength);
            return ReadKnownTable(file, reporter);
        }
        catch (TableLimitException e)
        {
            reporter.Error(DiagnosticCodes.RecommendationFileTooLarge, $"'{Path.GetFileName(file.Path)}' is refused: {e.Message}", e.Line);
            return null;
        }
    }

    private static DataTable? ReadKnownTable(SourceFile file, RowReporter reporter)
    {
        string? problem = null;
        var line = 0;
        var table = TableFormatSniffer.Detect(file.Bytes) switch
        {
            TableFormat.Xlsx => XlsxTableReader.Read(file.Bytes, out problem),
            TableFormat.Xls => XlsTableReader.Read(file.Bytes, out problem),
            TableFormat.HtmlTable => HtmlTableReader.Read(file.Bytes, out problem),
            TableFormat.SpreadsheetXml => Unreadable("it is an Excel 2003 XML spreadsheet; open it in a spreadsheet program and save it again as .xlsx or .csv", out problem),
            // Not recognised, and not a table of text: the reader its name implies (which also reads the old BIFF
            // .xls that has no OLE2 container) gets the last word, and its reason goes to the user.
            _ when IsWorkbookName(file.Path) && !LooksTabular(file.Bytes) => Path.GetExtension(file.Path).ToLowerInvariant() == ".xls"
                ? XlsTableReader.Read(file.Bytes, out problem)
                : XlsxTableReader.Read(file.Bytes, out problem),
            _ => CsvTableReader.Read(TextDecoder.Decode(file.Bytes), out problem, out line),
        };
        if (table is null)
        {
            reporter.Error(DiagnosticCodes.UnreadableRecommendationFile, $"'{Path.GetFileName(file.Path)}' cannot be read: {problem}", line);
        }

        return table;
    }

    private static bool IsWorkbookName(string path) => Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".xls";

    /// <summary>Text under a workbook's name is read as a table only when its first row has at least three columns.</summary>
    private static bool LooksTabular(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes);
        var separator = CsvTableReader.Separator(text);
        var opening = text.AsSpan().TrimStart();
        var end = opening.IndexOfAny('\r', '\n');
        return (end < 0 ? opening : opening[..end]).Count(separator) >= 2;
    }

    private static bool IsTableFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".tsv" or ".xlsx" or ".xls";

    private static DataTable? Unreadable(string why, out string? problem)
    {
        problem = why;
        return null;
    }

    private static void Report(RecommendationFile file, string countryName, RowReporter reporter)
    {
        if (reporter.HasErrors)
        {
            return;
        }

        var used = file.Rows.Count.ToString("N0", CultureInfo.InvariantCulture);
        var total = file.RowsInFile.ToString("N0", CultureInfo.InvariantCulture);
        if (file.StatesUnderReview > 1 && file.Rows.Count == 0)
        {
            reporter.Warning(DiagnosticCodes.NoRowsForCountry,
                $"none of the {total} rows concern {countryName} (the file holds {file.StatesUnderReview} States under Review); " +
                "if the export spells the name differently, add that spelling under 'aliases' in country.yml");
            return;
        }

        var which = file.StatesUnderReview > 1
            ? $"used {used} of {total} rows, those whose State under Review is {countryName} (the file holds {file.StatesUnderReview} States under Review)"
            : $"used {used} of {total} rows";
        reporter.Info(DiagnosticCodes.RecommendationRowsUsed, $"{which}; read as the {file.Layout}");
    }
}
