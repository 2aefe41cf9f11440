using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Validation;

/// <summary>
/// Warns where implementation.csv gives one recommendation (the rows of a paragraph's co-sponsors) different statuses:
/// the figures count one rating per paragraph (<see cref="RecommendationRatings"/>), so the other is set aside.
/// </summary>
public static class ParagraphRatingsCheck
{
    public static void Check(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings, int idColumn, DiagnosticList diagnostics)
    {
        foreach (var conflict in RecommendationRatings.Of(rows, ratings).Conflicts)
        {
            var (kept, aside) = (conflict.Counted, conflict.SetAside);
            var why = kept.Assessed is { } date && date != aside.Assessed
                ? $"assessed later, on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                : "the one read last";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ParagraphRatingsDiffer,
                $"'{aside.RecommendationId}' ({conflict.SetAsideRow.RecommendingState}) is rated {ImplementationStatusVocabulary.Key(aside.Status)} here, " +
                $"but row {kept.Row.Row} of {kept.Row.File} rates '{kept.RecommendationId}' ({conflict.CountedRow.RecommendingState}) " +
                $"{ImplementationStatusVocabulary.Key(kept.Status)}; both are {Paragraph(conflict.CountedRow)}, one recommendation, and a " +
                $"recommendation has one rating: the figures count row {kept.Row.Row} ({why}); give the paragraph one status",
                aside.Row.File, aside.Row.Row, idColumn));
        }
    }

    private static string Paragraph(Recommendation row) =>
        row.Paragraph is { Length: > 0 } paragraph
            ? $"paragraph {paragraph}" + (row.Document is { Length: > 0 } document ? $" of {document}" : string.Empty)
            : $"row {row.Source.Row} of {row.Source.File}";
}
