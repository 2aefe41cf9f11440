using System.Globalization;
using System.Text;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Import.Layouts.Canonical;

/// <summary>
/// Writes rows in the canonical layout (docs/formats.md), so that any source can be reviewed and edited in a
/// spreadsheet and read back as the same rows. RFC 4180, UTF-8 without a byte-order mark. Pledges are rows whose
/// response is "voluntary pledge"; themes and affected persons are one a line within their cell. An action category is written where the source coded it (read back, it is
/// the source's coding again) and left empty where it was computed from the text (read back, it is computed again). A field a spreadsheet would take for a formula
/// gets a leading single quote, which the canonical layout takes off again.
/// </summary>
public static class CanonicalCsvWriter
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "cycle", "session", "state_under_review", "recommending_state", "regional_group", "response", "issues",
        "action_category", "document", "paragraph", "sdgs", "themes", "cluster", "affected_persons", "assessment", "text",
    ];

    public static byte[] Write(IEnumerable<Recommendation> rows, IEnumerable<VoluntaryPledge> pledges)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var r in rows)
        {
            Line(text,
            [
                r.Id, Number(r.Cycle), r.Session is { } s ? Number(s) : string.Empty, r.StateUnderReview, r.RecommendingState,
                r.RegionalGroup ?? string.Empty, ResponseVocabulary.Key(r.Response), string.Join("; ", r.Issues),
                r.ActionCategory is { } c && !r.ActionCategoryEstimated ? Number((int)c) : string.Empty,
                r.Document ?? string.Empty, r.Paragraph ?? string.Empty, string.Join("; ", r.Sdgs), string.Join('\n', r.Themes),
                r.Cluster ?? string.Empty, string.Join('\n', r.AffectedPersons), r.Assessment ?? string.Empty, r.Text,
            ]);
        }

        foreach (var p in pledges)
        {
            Line(text,
            [
                string.Empty, Number(p.Cycle), p.Session is { } s ? Number(s) : string.Empty, p.StateUnderReview, p.MadeBy,
                string.Empty, "voluntary pledge", string.Join("; ", p.Issues), string.Empty, string.Empty, string.Empty,
                string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, p.Text,
            ]);
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(Field(fields[i]));
        }

        text.Append("\r\n");
    }

    private static string Field(string value)
    {
        value = CanonicalLayout.Neutralise(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
