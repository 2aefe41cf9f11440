using System.Globalization;
using System.Text.Json;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;

namespace UprSite.Build.Output.Downloads;

/// <summary>
/// statistics.json's <c>sdg_goals</c>, <c>affected_persons</c> and <c>uhri_themes</c>: the dashboard's breakdowns with their basis (how
/// many rows carry the attribute, of how many); written, empty, when no row does.
/// </summary>
public static class LinkedBreakdownJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<Recommendation> rows)
    {
        var goals = LinkBreakdowns.BySdgGoal(rows);
        Breakdown(json, "sdg_goals", "goals", goals, key =>
        {
            var number = int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);
            json.WriteNumber("goal", number);
            json.WriteString("name", SdgGoals.Find(number)!.EnglishName);
        });
        Breakdown(json, "affected_persons", "groups", LinkBreakdowns.ByAffectedPersons(rows), key => json.WriteString("group", key));
        Breakdown(json, "uhri_themes", "themes", LinkBreakdowns.ByTheme(rows), key => json.WriteString("theme", key));
    }

    private static void Breakdown(Utf8JsonWriter json, string name, string list, LinkedBreakdown breakdown, Action<string> key)
    {
        json.WriteStartObject(name);
        json.WriteNumber("linked", breakdown.Linked);
        json.WriteNumber("rows", breakdown.Rows);
        json.WriteStartArray(list);
        foreach (var g in breakdown.Groups)
        {
            json.WriteStartObject();
            key(g.Key);
            StatisticsJson.Counts(json, g.Received, g.Supported, g.Noted, g.PartlySupported, g.Pending, g.SupportedRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
