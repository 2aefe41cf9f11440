using System.Globalization;
using UprSite.Build.Compute;
using UprSite.Build.Pages.Data;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Output.Downloads;

/// <summary>/data/&lt;iso2&gt;/recommendations.json: the same rows as the CSV, with lists as arrays (docs/downloads.md).</summary>
public static class RecommendationsJson
{
    public static byte[] Write(CountryData data) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("country", data.Country.Code);
        json.WriteNumber("count", data.Rows.Count);
        json.WriteStartArray("recommendations");
        foreach (var row in data.Rows)
        {
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            json.WriteNumber("cycle", row.Cycle);
            JsonText.NumberOrNull(json, "session", row.Session);
            JsonText.StringOrNull(json, "session_source", RecommendationsCsv.SessionSource(row));
            json.WriteString("state_under_review", StateUnderReviewName.Of(data.Country));
            var source = RecommendingSource.Of(data, row.RecommendingState);
            JsonText.StringOrNull(json, "recommending_state", source.State);
            JsonText.StringOrNull(json, "recommending_state_slug", source.Slug);
            json.WriteString("recommending_source", source.Kind);
            JsonText.StringOrNull(json, "regional_group", RecommendationStatistics.RegionalGroupLabelOf(row.RecommendingState));
            json.WriteString("response", ResponseVocabulary.Key(row.Response));
            JsonText.Strings(json, "issues", RecommendationStatistics.IssuesOf(row));
            JsonText.NumberOrNull(json, "action_category", row.ActionCategory is { } c ? (int)c : null);
            JsonText.StringOrNull(json, "action_category_source", RecommendationsCsv.ActionCategorySource(row));
            JsonText.StringOrNull(json, "document", row.Document);
            JsonText.StringOrNull(json, "paragraph", row.Paragraph);
            JsonText.Strings(json, "sdgs", row.Sdgs);
            JsonText.Strings(json, "themes", row.Themes);
            JsonText.Strings(json, "affected_persons", row.AffectedPersons);
            json.WriteString("text", row.Text);
            if (data.RatingOf(row) is { } rating)
            {
                json.WriteStartObject("implementation");
                json.WriteString("status", ImplementationStatusVocabulary.Key(rating.Status));
                JsonText.StringOrNull(json, "evidence", rating.Evidence);
                JsonText.StringOrNull(json, "source", rating.Source);
                JsonText.StringOrNull(json, "assessed", rating.Assessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("implementation");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
