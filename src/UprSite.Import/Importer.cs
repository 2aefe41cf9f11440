using System.Globalization;
using System.Runtime.CompilerServices;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Text;
using UprSite.Import.Layouts;
using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tables;

namespace UprSite.Import;

/// <summary>
/// Reads one file of countries/&lt;iso2&gt;/recommendations/: decodes it, finds its layout by the header, keeps the rows
/// whose State under Review is this country and checks them. Reports how many rows it used.
/// </summary>
public static class Importer
{
    public static RecommendationFile Read(ImportFile file, Country country, DiagnosticList diagnostics)
    {
        var matcher = new StateUnderReviewMatcher(country);
        return Read(file, country.Code, matcher.Matches, matcher.DisplayName, country.Reviews, diagnostics, matcher.Nearest);
    }

    /// <summary>Every row of the file, whichever State it concerns (whole-export figures, benchmarks): no bound per country.</summary>
    public static RecommendationFile ReadAll(ImportFile file, DiagnosticList diagnostics) =>
        Read(file, string.Empty, _ => true, "the State under Review", [], diagnostics, _ => []);

    private static RecommendationFile Read(
        ImportFile file, string countryCode, Func<string, bool> keep, string countryName, IReadOnlyList<Review> reviews,
        DiagnosticList diagnostics, Func<IEnumerable<string>, IReadOnlyList<string>> nearest)
    {
        var reporter = new RowReporter(file.DisplayPath);
        var isMatrix = TableFileReader.IsWordDocument(file);
        RecommendationFile result;
        if (isMatrix)
        {
            result = MatrixImporter.Read(file, countryCode, countryName, reviews, reporter);
        }
        else if (TableFileReader.Read(file, reporter) is not { } raw)
        {
            result = new RecommendationFile(countryCode, file.DisplayPath, "unknown", [], 0, 0);
        }
        else if (MatrixSheet.Holds(raw))
        {
            isMatrix = true;
            result = MatrixImporter.Read(file, raw, countryCode, countryName, reviews, reporter);
        }
        else
        {
            result = ReadRows(file, raw, countryCode, keep, countryName, reporter, nearest);
        }

        if (isMatrix)
        {
            result = result with { Source = RecommendationSource.OhchrMatrix };
            Report(result, countryName, reporter, null, () => []);
        }

        diagnostics.AddRange(reporter.Diagnostics);
        return reporter.HasErrors ? result with { Rows = [], Pledges = [] } : result;
    }

    // This and the per-row methods it reaches (table readers, layouts, row builder, ids, classifier) are compiled
    // optimised at once: an export runs them tens of thousands of times within the first second, before tiered
    // compilation would promote them (README, performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RecommendationFile ReadRows(
        ImportFile file, RawTable raw, string countryCode, Func<string, bool> keep, string countryName, RowReporter reporter,
        Func<IEnumerable<string>, IReadOnlyList<string>> nearest)
    {
        var empty = new RecommendationFile(countryCode, file.DisplayPath, "unknown", [], 0, 0);
        var table = HeaderedTable.Of(raw);
        var layout = LayoutDetector.Detect(table.Header.Cells);
        var mapping = layout.Bind(table.Header, reporter);
        if (mapping is null)
        {
            return empty with { Layout = layout.Name, RowsInFile = table.Rows.Count, Source = layout.Source };
        }

        var builder = new RecommendationRowBuilder(reporter, countryName);
        var states = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<Recommendation>();
        var pledges = new List<VoluntaryPledge>();
        var others = new OtherStatesUnderReview(countryCode, countryName);
        var broken = new BrokenCharacters();
        var leftOut = new Dictionary<string, int>(StringComparer.Ordinal);
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
                others.Add(sur, row.Line, mapping.StateUnderReviewIndex + 1);
                continue;
            }

            broken.Scan(row.Line, row.Cells);

            if (mapping.LeftOutReason(row) is { } reason)
            {
                leftOut[reason] = leftOut.GetValueOrDefault(reason) + 1;
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
            if (RecommendationRowBuilder.IsPledge(fields))
            {
                if (builder.BuildPledge(fields) is { } pledge)
                {
                    pledges.Add(pledge);
                }

                continue;
            }

            foreach (var recommendation in OnePerState(fields).SelectMany(builder.Build))
            {
                if (UniqueId(recommendation, fields, ids, reporter) is { } unique)
                {
                    rows.Add(unique);
                }
            }
        }

        builder.Finish();
        broken.Report(reporter);
        rows = ParagraphSlips.Split(rows, reporter);
        var notRecommendations = leftOut.Values.Sum();
        if (others.Rows > 0)
        {
            leftOut["rows of other States under Review"] = others.Rows;
        }

        var result = new RecommendationFile(countryCode, file.DisplayPath, layout.Name, rows, dataRows, Math.Max(1, states.Count))
        {
            Source = layout.Source,
            IdColumn = idColumn,
            RowsForCountry = dataRows - others.Rows - notRecommendations,
            Pledges = pledges,
            LeftOut = leftOut,
        };
        Report(result, countryName, reporter, others, () => nearest(states));
        return result;
    }

    /// <summary>A row whose layout lists several recommending States gives one row per State.</summary>
    private static IEnumerable<RowFields> OnePerState(RowFields fields) =>
        fields.RecommendingStates.Count == 0
            ? [fields]
            : fields.RecommendingStates.Select(state => fields with { RecommendingState = state, RecommendingStates = [] });

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
    internal static Recommendation? UniqueId(Recommendation row, RowFields fields, Dictionary<string, int> ids, RowReporter reporter)
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

    private static void Report(
        RecommendationFile file, string countryName, RowReporter reporter, OtherStatesUnderReview? others, Func<IReadOnlyList<string>> nearest)
    {
        if (reporter.HasErrors)
        {
            return;
        }

        if (file.Pledges.Count > 0)
        {
            reporter.Info(DiagnosticCodes.PledgesKeptApart,
                $"kept {CountedNoun.Of(file.Pledges.Count, "voluntary pledge", "voluntary pledges")} apart: "
                + "a State's own commitments, not recommendations, so they are not counted with them");
        }

        var nothing = file.Rows.Count == 0 && file.Pledges.Count == 0;
        others?.ReportUnknown(reporter, nothing);
        if (nothing && others is { Rows: > 0 })
        {
            NoRowsForCountry(file, countryName, reporter, others, nearest);
            return;
        }

        var used = file.Rows.Count.ToString("N0", CultureInfo.InvariantCulture);
        var total = CountedNoun.Of(file.RowsInFile, "row", "rows");
        var split = file.RowsForCountry < file.Rows.Count
            ? $", which give {CountedNoun.Of(file.Rows.Count, "row", "rows")} by State (a row naming several recommending States is one row per State)"
            : string.Empty;
        var counted = split.Length > 0 ? file.RowsForCountry.ToString("N0", CultureInfo.InvariantCulture) : used;
        var which = file.StatesUnderReview > 1
            ? $"used {counted} of {total}{split}, those whose State under Review is {countryName} (the file holds {file.StatesUnderReview} States under Review)"
            : $"used {counted} of {total}{split}";
        reporter.Info(DiagnosticCodes.RecommendationRowsUsed, $"{which}; read as the {file.Layout}");
    }

    private static void NoRowsForCountry(
        RecommendationFile file, string countryName, RowReporter reporter, OtherStatesUnderReview others, Func<IReadOnlyList<string>> nearest)
    {
        var rows = file.RowsInFile == 1 ? "the one row of this file does not" : $"none of the {file.RowsInFile.ToString("N0", CultureInfo.InvariantCulture)} rows";
        var (line, column) = others.First();
        var message = file.StatesUnderReview > 1
            ? $"{rows} concern {countryName} (the file holds {file.StatesUnderReview} States under Review; "
              + $"the spellings nearest to this country's names are {string.Join(", ", nearest().Select(n => $"'{n}'"))}); "
              + $"its rows are of {others.Held()}. If one of them is this country, add it under 'aliases' in country.yml"
            : $"{rows} concern {countryName}: every row's State under Review is {others.Held()}. If the file is about another "
              + "State, move it to that State's recommendations/ folder; if it is about this country, correct the State under Review "
              + "or add its spelling under 'aliases' in country.yml";
        reporter.Warning(DiagnosticCodes.NoRowsForCountry, message, line, column);
    }
}
