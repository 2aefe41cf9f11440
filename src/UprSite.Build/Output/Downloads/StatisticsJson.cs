using System.Text.Json;
using UprSite.Build.Compute;
using UprSite.Build.Pages.Data;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Output.Downloads;

/// <summary>/data/&lt;iso2&gt;/statistics.json: every figure of the dashboard and more (docs/downloads.md gives the shape).</summary>
public static class StatisticsJson
{
    public static byte[] Write(CountryData data) => JsonText.Write(json =>
    {
        var s = data.Statistics;
        json.WriteStartObject();
        json.WriteString("country", data.Country.Code);
        json.WriteStartArray("cycles");
        foreach (var cycle in s.Cycles)
        {
            json.WriteStartObject();
            json.WriteNumber("cycle", cycle.Cycle);
            json.WriteString("shown", cycle.IsDeclared ? "declared" : "rows");
            json.WriteBoolean("declared_and_rows_disagree", cycle.Disagrees);
            Figures(json, "declared", cycle.Declared, cycle.Source);
            Figures(json, "rows", cycle.Rows, null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("trend");
        foreach (var t in s.Trend)
        {
            json.WriteStartObject();
            json.WriteNumber("cycle", t.Cycle);
            json.WriteString("basis", t.Basis);
            json.WriteNumber("received", t.Received);
            JsonText.Share(json, "supported_rate", t.SupportedRate);
            JsonText.NumberOrNull(json, "received_change", t.ReceivedChange);
            JsonText.Share(json, "supported_rate_change", t.SupportedRateChange);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("rows");
        Group(json, null, s.Rows);
        Groups(json, "issues", "issue", s.Issues);
        json.WriteNumber("rows_without_issue", s.WithoutIssue);
        json.WriteStartArray("issue_coverage");
        foreach (var coverage in s.IssueCoverage)
        {
            json.WriteStartObject();
            json.WriteNumber("cycle", coverage.Cycle);
            json.WriteNumber("rows", coverage.Rows);
            json.WriteNumber("rows_with_issue", coverage.With);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("issue_trends");
        foreach (var trend in s.IssueTrends)
        {
            json.WriteStartObject();
            json.WriteString("issue", trend.Issue);
            json.WriteStartArray("cycles");
            foreach (var c in trend.Cycles)
            {
                Cycle(json, c);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Groups(json, "recommending_states", "state", s.RecommendingStates, data.Slugs);
        json.WriteNumber("rows_from_non_state_sources", s.FromNonStateSources);
        Groups(json, "regional_groups", "regional_group", s.RegionalGroups);
        json.WriteNumber("rows_without_regional_group", s.WithoutRegionalGroup);
        ActionCategories(json, s.ActionCategories, EstimatedCategories.Of(data.Rows));
        json.WriteNumber("rows_without_action_category", s.WithoutActionCategory);
        json.WriteStartArray("top_states_by_issue");
        foreach (var leaders in s.IssueLeaders)
        {
            json.WriteStartObject();
            json.WriteString("issue", leaders.Issue);
            json.WriteNumber("received", leaders.Received);
            Groups(json, "states", "state", leaders.States, data.Slugs);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("voluntary_pledges", data.Country.Pledges.Count);
        json.WriteStartObject("implementation");
        json.WritePropertyName("all");
        Implementation(json, null, s.Implementation);
        ImplementationList(json, "by_cycle", "cycle", s.ImplementationByCycle);
        ImplementationList(json, "by_issue", "issue", s.ImplementationByIssue);
        json.WriteEndObject();
        LinkedBreakdownJson.Write(json, data.Rows);
        json.WriteEndObject();
    });

    private static void Figures(Utf8JsonWriter json, string name, CycleFigures? figures, string? source)
    {
        if (figures is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WritePropertyName(name);
        json.WriteStartObject();
        Counts(json, figures.Received, figures.Supported, figures.Noted, figures.PartlySupported, figures.Pending, figures.SupportedRate);
        if (source is not null)
        {
            json.WriteString("source", source);
        }
        else
        {
            Paragraphs(json, figures);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Rows' figures: <c>received</c> counts recommendations by State; <c>recommendations</c> the paragraphs they make,
    /// null when some row gives no paragraph number of its own (<c>rows_without_paragraph</c>, or only the number of the
    /// paragraph listing a whole report's recommendations, <c>rows_under_list_number</c>), since they cannot be grouped then.
    /// </summary>
    private static void Paragraphs(Utf8JsonWriter json, CycleFigures figures)
    {
        json.WriteNumber("recommendations_by_state", figures.RecommendationsByState);
        JsonText.NumberOrNull(json, "recommendations", figures.ParagraphsKnown ? figures.Recommendations : null);
        JsonText.NumberOrNull(json, "recommendations_supported", figures.ParagraphsKnown ? figures.RecommendationsSupported : null);
        JsonText.NumberOrNull(json, "recommendations_noted", figures.ParagraphsKnown ? figures.RecommendationsNoted : null);
        JsonText.NumberOrNull(json, "recommendations_partly_supported", figures.ParagraphsKnown ? figures.RecommendationsPartlySupported : null);
        json.WriteBoolean("paragraphs_known", figures.ParagraphsKnown);
        json.WriteNumber("rows_without_paragraph", figures.WithoutParagraph);
        json.WriteNumber("rows_under_list_number", figures.UnderListNumber);
    }

    private static void Cycle(Utf8JsonWriter json, CycleFigures c)
    {
        json.WriteStartObject();
        json.WriteNumber("cycle", c.Cycle);
        Counts(json, c.Received, c.Supported, c.Noted, c.PartlySupported, c.Pending, c.SupportedRate);
        json.WriteEndObject();
    }

    /// <summary>Each category with how many of its rows were estimated from the first verb (the rest: the source's coding).</summary>
    private static void ActionCategories(Utf8JsonWriter json, IReadOnlyList<GroupFigures> categories, IReadOnlyDictionary<string, int> estimated)
    {
        json.WriteStartArray("action_categories");
        foreach (var g in categories)
        {
            json.WriteStartObject();
            json.WriteString("action_category", g.Key);
            Counts(json, g.Received, g.Supported, g.Noted, g.PartlySupported, g.Pending, g.SupportedRate);
            json.WriteNumber("estimated", estimated.GetValueOrDefault(g.Key));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Groups(Utf8JsonWriter json, string name, string key, IReadOnlyList<GroupFigures> groups,
        IReadOnlyDictionary<string, string>? slugs = null)
    {
        json.WriteStartArray(name);
        foreach (var g in groups)
        {
            Group(json, (key, g.Key), g, slugs?.GetValueOrDefault(g.Key));
        }

        json.WriteEndArray();
    }

    private static void Group(Utf8JsonWriter json, (string Name, string Value)? key, GroupFigures g, string? slug = null)
    {
        json.WriteStartObject();
        if (key is { } k)
        {
            json.WriteString(k.Name, k.Value);
        }

        if (slug is not null)
        {
            json.WriteString("slug", slug);
        }

        Counts(json, g.Received, g.Supported, g.Noted, g.PartlySupported, g.Pending, g.SupportedRate);
        json.WriteEndObject();
    }

    /// <summary><c>supported_rate</c> is supported over received: partly supported paragraphs are counted apart, not in it.</summary>
    internal static void Counts(Utf8JsonWriter json, int received, int supported, int noted, int partly, int pending, double? rate)
    {
        json.WriteNumber("received", received);
        json.WriteNumber("supported", supported);
        json.WriteNumber("partly_supported", partly);
        json.WriteNumber("noted", noted);
        json.WriteNumber("pending", pending);
        JsonText.Share(json, "supported_rate", rate);
    }

    private static void ImplementationList(Utf8JsonWriter json, string name, string key, IReadOnlyList<ImplementationFigures> list)
    {
        json.WriteStartArray(name);
        foreach (var f in list)
        {
            Implementation(json, key, f);
        }

        json.WriteEndArray();
    }

    private static void Implementation(Utf8JsonWriter json, string? key, ImplementationFigures f)
    {
        json.WriteStartObject();
        if (key is not null)
        {
            json.WriteString(key, f.Key);
        }

        foreach (var status in Enum.GetValues<ImplementationStatus>())
        {
            json.WriteNumber(ImplementationStatusVocabulary.Key(status).Replace('-', '_'), f.Count(status));
        }

        json.WriteNumber("not_assessed", f.NotAssessed);
        json.WriteString("counted_as", f.ByParagraph ? "recommendations" : "recommendations_by_state");
        json.WriteEndObject();
    }
}
