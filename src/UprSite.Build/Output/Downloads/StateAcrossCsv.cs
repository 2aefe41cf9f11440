using System.Globalization;
using UprSite.Build.Compute;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Output.Downloads;

/// <summary>
/// /data/states/&lt;slug&gt;.csv: every recommendation one State made to the countries of the site, one row per
/// recommendation by State, in the site's country order then each country's page order (docs/downloads.md).
/// </summary>
public static class StateAcrossCsv
{
    public static readonly string[] Columns =
    [
        "recommending_state", "state_under_review", "state_under_review_code", "cycle", "session", "id", "document", "paragraph",
        "response", "issues", "text", "implementation_status",
    ];

    public static byte[] Write(StateAcross state, SiteFigures figures)
    {
        var csv = new CsvText().Row(Columns);
        foreach (var (country, part) in state.Countries)
        {
            var data = figures.Of(country);
            foreach (var row in part.Rows)
            {
                csv.Row(
                [
                    state.State,
                    StateUnderReviewName.Of(country),
                    country.Code,
                    row.Cycle.ToString(CultureInfo.InvariantCulture),
                    row.Session?.ToString(CultureInfo.InvariantCulture),
                    row.Id,
                    row.Document,
                    row.Paragraph,
                    ResponseVocabulary.Key(row.Response),
                    string.Join("; ", Core.Statistics.RecommendationStatistics.IssuesOf(row)),
                    row.Text,
                    data.RatingOf(row) is { } rating ? ImplementationStatusVocabulary.Key(rating.Status) : null,
                ]);
            }
        }

        return csv.ToBytes();
    }
}
