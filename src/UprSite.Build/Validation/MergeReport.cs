using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Vocabulary;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>
/// What the merge says about single rows: the rows merged on weaker evidence than one text or one paragraph (an info
/// each, UPR0570), and each row whose response (UPR0546) or paragraph number (UPR0571) was set aside for a more
/// authoritative source's (<see cref="RecommendationSource"/>), at that row.
/// </summary>
internal static class MergeReport
{
    private const string Order = "the OHCHR matrix is the UN's own record of the report and its addendum, so it wins, then the Universal Human Rights Index, the DIHR explorer, UPR Info and a canonical file, in that order";

    public static void ResponsesDiffer(IReadOnlyList<MergeEntry> ranked, Core.Recommendations.Recommendation merged, DiagnosticList diagnostics)
    {
        if (MergedRecommendation.ResponseSource(ranked) is not { } kept)
        {
            return;
        }

        foreach (var lost in ranked.Where(e => e.Row.Response != merged.Response && e.Row.Response != Response.Pending))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MergedResponsesDiffer,
                $"this row gives {Described(lost)} the response '{ResponseVocabulary.Key(lost.Row.Response)}', but {kept.FileName} (row {Number(kept.Row.Source.Row)}, {Name(kept.Source)}) " +
                $"gives it '{ResponseVocabulary.Key(kept.Row.Response)}'; the site counts '{ResponseVocabulary.Key(kept.Row.Response)}': {Order}. " +
                "Check the State's response in the Working Group report's addendum and correct the file that is wrong",
                lost.Row.Source.File, lost.Row.Source.Row));
        }
    }

    public static void Joins(IReadOnlyList<MergeEntry> entries, IReadOnlyList<MergeJoin> joins, DiagnosticList diagnostics)
    {
        foreach (var join in joins.OrderBy(j => entries[j.Entry].FileName, StringComparer.Ordinal).ThenBy(j => entries[j.Entry].Row.Source.Row))
        {
            var (row, into) = (entries[join.Entry], entries[join.Into]);
            if (join.Kind == MergeJoinKind.OtherParagraph)
            {
                ParagraphsDiffer(row, into, diagnostics);
                continue;
            }

            var how = join.Kind switch
            {
                MergeJoinKind.Spacing => "the same text once spaces are set aside",
                MergeJoinKind.ClauseOfParagraph => into.Text.Length > row.Text.Length * 2
                    ? "its text is this State's part of that paragraph, which clusters recommendations"
                    : "its text is found whole in that paragraph's",
                _ => string.Create(CultureInfo.InvariantCulture, $"its text is {join.Similarity:P0} alike, with the same numbers and abbreviations"),
            };
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.MergedByClauseOrWording,
                $"this row (no paragraph number) is {Described(row)} in paragraph {into.Row.Paragraph} of {into.FileName} (row {Number(into.Row.Source.Row)}): {how}; counted once, as that paragraph",
                row.Row.Source.File, row.Row.Source.Row));
        }
    }

    private static void ParagraphsDiffer(MergeEntry a, MergeEntry b, DiagnosticList diagnostics)
    {
        var (kept, lost) = MergedRecommendation.Ranked([a, b]) is var ranked ? (ranked[0], ranked[1]) : default;
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MergedParagraphsDiffer,
            $"this row numbers {Described(lost)} paragraph {lost.Row.Paragraph}, but {kept.FileName} (row {Number(kept.Row.Source.Row)}, {Name(kept.Source)}) " +
            $"gives the same text as paragraph {kept.Row.Paragraph}; the site counts it once, as {kept.Row.Paragraph}: {Order}. Correct the paragraph number in the file that is wrong",
            lost.Row.Source.File, lost.Row.Source.Row));
    }

    private static string Described(MergeEntry entry) => $"{entry.Row.RecommendingState}'s recommendation";

    private static string Number(int row) => row.ToString(CultureInfo.InvariantCulture);

    private static string Name(RecommendationSource source) => source switch
    {
        RecommendationSource.OhchrMatrix => "the OHCHR matrix",
        RecommendationSource.Uhri => "the Universal Human Rights Index export",
        RecommendationSource.Dihr => "the DIHR explorer export",
        RecommendationSource.UprInfo => "the UPR Info export",
        _ => "a canonical file",
    };
}
