using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import.Layouts;
using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tables;

namespace UprSite.Import;

/// <summary>
/// An OHCHR matrix (.docx) as rows: one per paragraph and recommending State, with the paragraph's document (the
/// Working Group report), number, position, themes, affected persons and assessment. A matrix is one State's.
/// </summary>
internal static class MatrixImporter
{
    public const string LayoutName = "OHCHR matrix of recommendations";

    public static RecommendationFile Read(
        ImportFile file, string countryCode, string countryName, IReadOnlyList<Review> reviews, RowReporter reporter) =>
        Read(file, d => OhchrMatrixReader.Read(file.Bytes, file.DisplayPath, d), countryCode, countryName, reviews, reporter);

    /// <summary>A matrix kept in a spreadsheet (<see cref="MatrixSheet"/>).</summary>
    public static RecommendationFile Read(
        ImportFile file, RawTable sheet, string countryCode, string countryName, IReadOnlyList<Review> reviews, RowReporter reporter) =>
        Read(file, d => OhchrMatrixReader.Read(sheet, file.DisplayPath, d), countryCode, countryName, reviews, reporter);

    private static RecommendationFile Read(
        ImportFile file, Func<DiagnosticList, MatrixDocument?> read, string countryCode, string countryName, IReadOnlyList<Review> reviews, RowReporter reporter)
    {
        var diagnostics = new DiagnosticList();
        var document = read(diagnostics);
        foreach (var diagnostic in diagnostics.Items)
        {
            reporter.Add(diagnostic);
        }

        if (document is null)
        {
            return new RecommendationFile(countryCode, file.DisplayPath, LayoutName, [], 0, 1);
        }

        if (OtherState(document, countryCode, countryName, file, reporter) is { } other)
        {
            return other;
        }

        var heading = TrustedHeading(document, reviews, reporter);
        var builder = new RecommendationRowBuilder(reporter, countryName);
        var rows = new List<Recommendation>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var withoutState = 0;
        var paragraphs = 0;
        var broken = new BrokenCharacters();
        foreach (var paragraph in document.Recommendations)
        {
            if (Cycle(paragraph, heading, reviews, reporter) is not { } cycle)
            {
                break;
            }

            withoutState += paragraph.RecommendingNames.Count == 0 ? 1 : 0;
            paragraphs += paragraph.RecommendingNames.Count == 0 ? 0 : 1;
            var firstOfParagraph = true;
            foreach (var fields in Rows(paragraph, cycle))
            {
                Scan(broken, fields, firstOfParagraph);
                firstOfParagraph = false;
                foreach (var row in builder.Build(fields))
                {
                    if (Importer.UniqueId(row, fields, ids, reporter) is { } unique)
                    {
                        rows.Add(unique);
                    }
                }
            }
        }

        var pledges = new List<VoluntaryPledge>();
        foreach (var pledge in document.Pledges)
        {
            if (Cycle(pledge, heading, reviews, reporter) is { } cycle && builder.BuildPledge(PledgeRow(pledge, cycle)) is { } kept)
            {
                pledges.Add(kept);
            }
        }

        builder.Finish();
        broken.Report(reporter);

        var leftOut = new Dictionary<string, int>(StringComparer.Ordinal);
        if (withoutState > 0)
        {
            leftOut["paragraphs naming no known recommending State"] = withoutState;
        }

        return new RecommendationFile(countryCode, file.DisplayPath, LayoutName, rows, document.Recommendations.Count, 1)
        {
            LeftOut = leftOut,
            RowsForCountry = paragraphs,
            Pledges = pledges,
            Merged = document.RepeatedRows == 0
                ? new Dictionary<string, int>()
                : new Dictionary<string, int> { ["rows repeating a paragraph under another theme"] = document.RepeatedRows },
        };
    }

    /// <summary>A paragraph's text once (its co-sponsors' rows repeat it), each row's State and position.</summary>
    private static void Scan(BrokenCharacters broken, RowFields fields, bool firstOfParagraph)
    {
        foreach (var cell in new[] { firstOfParagraph ? fields.Text : null, fields.RecommendingState, firstOfParagraph ? fields.Response : null })
        {
            if (cell is not null)
            {
                broken.Scan(fields.Line, cell.Column, cell.Value);
            }
        }
    }

    /// <summary>A matrix whose heading names another State under Review gives no row: it is left out, with a warning.</summary>
    private static RecommendationFile? OtherState(
        MatrixDocument document, string countryCode, string countryName, ImportFile file, RowReporter reporter)
    {
        if (countryCode.Length == 0 || document.Heading is not { State: { } state } heading
            || string.Equals(state.Alpha2, countryCode, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var paragraphs = document.Recommendations.Count;
        reporter.Warning(DiagnosticCodes.MatrixOfAnotherState,
            $"this matrix is the review of {state.EnglishName} (its heading reads '{heading.Text}'), not of {countryName}: "
            + $"its {paragraphs} recommendations are left out. Put it in the folder of {state.EnglishName}");
        return new RecommendationFile(countryCode, file.DisplayPath, LayoutName, [], paragraphs, 1)
        {
            LeftOut = new Dictionary<string, int> { [$"paragraphs of another State under Review ({state.EnglishName})"] = paragraphs },
        };
    }

    /// <summary>
    /// The heading, unless a paragraph cites a report of another cycle: a matrix prepared for a review can list the
    /// previous review's recommendations, and the report a paragraph is in tells its cycle. Then the heading is set
    /// aside, with a warning at the first such paragraph.
    /// </summary>
    private static MatrixHeading? TrustedHeading(MatrixDocument document, IReadOnlyList<Review> reviews, RowReporter reporter)
    {
        if (document.Heading is not { } heading)
        {
            return null;
        }

        foreach (var paragraph in document.Recommendations)
        {
            var symbol = paragraph.SourceOfPosition?.Document;
            if (symbol is not null && MatrixCycle.Of(symbol, reviews) is { } cited && cited.Cycle != heading.Cycle)
            {
                reporter.Warning(DiagnosticCodes.MatrixCycleConflict,
                    $"the heading '{heading.Text}' names cycle {heading.Cycle}, but paragraph {paragraph.Paragraph ?? "?"} cites '{symbol}', "
                    + $"a report of cycle {cited.Cycle}: each paragraph is counted in the cycle of the report it cites, and the heading's "
                    + "cycle and session are not used. Check that this is the matrix of the review you mean", paragraph.Row, 1);
                return null;
            }
        }

        return heading;
    }

    /// <summary>
    /// The cycle and session: from the document the position cites (a review of country.yml, else its Council
    /// session), with the heading's session; else from the heading; else from the only review of country.yml.
    /// </summary>
    private static (int Cycle, int? Session)? Cycle(
        MatrixRecommendation paragraph, MatrixHeading? heading, IReadOnlyList<Review> reviews, RowReporter reporter)
    {
        var symbol = paragraph.SourceOfPosition?.Document;
        var fromSymbol = symbol is null ? null : MatrixCycle.Of(symbol, reviews);
        if (fromSymbol is { } found)
        {
            return (found.Cycle, heading?.Session ?? found.Session);
        }

        if (heading is not null)
        {
            return (heading.Cycle, heading.Session);
        }

        if (symbol is null && reviews.Count == 1)
        {
            return (reviews[0].Cycle, reviews[0].Session);
        }

        var what = symbol is null ? "names no document (no 'Source of position: A/HRC/…' line)" : $"cites '{symbol}', which is no review of country.yml";
        reporter.Error(DiagnosticCodes.MatrixCycleUnknown,
            $"the cycle of paragraph {paragraph.Paragraph ?? "?"} cannot be told: it {what} and the matrix's heading names no review "
            + "('UPR of … (2nd Cycle – 20th session)'); add the review to country.yml with its report_symbol (the Working Group "
            + "report, e.g. A/HRC/25/5)", paragraph.Row, 1);
        return null;
    }

    private static IEnumerable<RowFields> Rows(MatrixRecommendation paragraph, (int Cycle, int? Session) cycle)
    {
        var themes = (paragraph.Themes.Count > 0 ? paragraph.Themes : paragraph.ClusterThemes).Select(t => t.ToString()).Distinct().ToList();
        foreach (var name in paragraph.RecommendingNames)
        {
            yield return new RowFields(paragraph.Row)
            {
                Cycle = new Cell(cycle.Cycle.ToString(CultureInfo.InvariantCulture), 0),
                Session = cycle.Session is { } s ? new Cell(s.ToString(CultureInfo.InvariantCulture), 0) : null,
                RecommendingState = new Cell(name, paragraph.StatesColumn),
                Text = new Cell(paragraph.Text, 1),
                Response = new Cell(ResponseVocabulary.Key(ResponseOf(paragraph.PositionOf(name))), 0),
                Document = MatrixCycle.ReportOf(paragraph.SourceOfPosition?.Document) is { } report ? new Cell(report, 1) : null,
                Paragraph = paragraph.Paragraph is { } p ? new Cell(p, 1) : null,
                Themes = themes,
                AffectedPersons = paragraph.AffectedPersons,
                Cluster = paragraph.ClusterThemes.Count > 0 ? paragraph.ClusterThemes[0].ToString() : null,
                Sdgs = paragraph.Sdgs.Select(s => new Cell(s, 1)).ToList(),
                Assessment = paragraph.Assessment,
            };
        }
    }

    private static RowFields PledgeRow(MatrixRecommendation pledge, (int Cycle, int? Session) cycle) => new(pledge.Row)
    {
        Cycle = new Cell(cycle.Cycle.ToString(CultureInfo.InvariantCulture), 0),
        Session = cycle.Session is { } s ? new Cell(s.ToString(CultureInfo.InvariantCulture), 0) : null,
        Text = new Cell(pledge.Text, 1),
    };

    private static Response ResponseOf(MatrixPosition? position) => position switch
    {
        MatrixPosition.Supported => Response.Supported,
        MatrixPosition.Noted => Response.Noted,
        MatrixPosition.PartlySupported => Response.PartlySupported,
        _ => Response.Pending,
    };
}
