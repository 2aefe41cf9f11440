using System.Globalization;
using UprSite.Build.Compute;
using UprSite.Build.Pages.Data;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Output.Downloads;

/// <summary>
/// /data/&lt;iso2&gt;/recommendations.csv: every row with its rating (docs/downloads.md lists the columns). Themes and
/// affected persons are one a line within their cell, as in the canonical layout: theme names hold semicolons.
/// </summary>
public static class RecommendationsCsv
{
    public static readonly string[] Columns =
    [
        "id", "cycle", "session", "session_source", "state_under_review", "recommending_state", "recommending_state_slug", "recommending_source",
        "regional_group",
        "response", "issues", "action_category", "action_category_source", "document", "paragraph", "sdgs", "themes",
        "affected_persons", "text",
        "implementation_status", "implementation_evidence", "implementation_source", "implementation_assessed",
    ];

    public static byte[] Write(CountryData data)
    {
        var csv = new CsvText().Row(Columns);
        foreach (var row in data.Rows)
        {
            var rating = data.RatingOf(row);
            var source = RecommendingSource.Of(data, row.RecommendingState);
            csv.Row(
            [
                row.Id,
                Invariant(row.Cycle),
                row.Session is { } s ? Invariant(s) : null,
                SessionSource(row),
                StateUnderReviewName.Of(data.Country),
                source.State,
                source.Slug,
                source.Kind,
                RecommendationStatistics.RegionalGroupLabelOf(row.RecommendingState),
                ResponseVocabulary.Key(row.Response),
                string.Join("; ", RecommendationStatistics.IssuesOf(row)),
                row.ActionCategory is { } c ? Invariant((int)c) : null,
                ActionCategorySource(row),
                row.Document,
                row.Paragraph,
                string.Join("; ", row.Sdgs),
                string.Join('\n', row.Themes),
                string.Join('\n', row.AffectedPersons),
                row.Text,
                rating is null ? null : ImplementationStatusVocabulary.Key(rating.Status),
                rating?.Evidence,
                rating?.Source,
                rating?.Assessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ]);
        }

        return csv.ToBytes();
    }

    /// <summary>"source" when the input coded the category, "estimated" when it was computed from the first verb.</summary>
    public static string? ActionCategorySource(Core.Recommendations.Recommendation row) =>
        row.ActionCategory is null ? null : row.ActionCategoryEstimated ? "estimated" : "source";

    /// <summary>"source" when the input gave the session; "document" or "review" when it was derived from the row's document symbol or the country's review of its cycle; empty when unknown.</summary>
    public static string? SessionSource(Core.Recommendations.Recommendation row) =>
        row.Session is null ? null : row.SessionOrigin switch
        {
            Core.Reference.SessionOrigin.Document => "document",
            Core.Reference.SessionOrigin.Review => "review",
            _ => "source",
        };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
