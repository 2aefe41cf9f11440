using System.Globalization;
using System.Text;
using UprSite.Core.Reference;

namespace UprSite.Synthetic;

/// <summary>A country's rows as canonical CSV files, one per cycle (as coalitions keep one export per review).</summary>
public static class RowsCsv
{
    private static readonly string Header = Text.CsvLine(
        "id", "cycle", "session", "recommending_state", "regional_group", "response", "action_category", "issues",
        "document", "paragraph", "sdgs", "themes", "affected_persons", "text");

    public static IEnumerable<(string Path, string Content)> Files(SyntheticCountry country, IReadOnlyList<SyntheticRow> rows) =>
        rows.GroupBy(r => r.Cycle).Select(cycle =>
        {
            var csv = new StringBuilder(Header);
            foreach (var row in cycle)
            {
                csv.Append(Text.CsvLine(
                    row.Id,
                    row.Cycle.ToString(CultureInfo.InvariantCulture),
                    row.Session.ToString(CultureInfo.InvariantCulture),
                    row.RecommendingState.EnglishName,
                    row.RecommendingState.Group is { } group ? RegionalGroups.Label(group) : string.Empty,
                    row.Response,
                    row.ActionCategory?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    string.Join("; ", row.Issues),
                    row.Document,
                    row.Paragraph,
                    string.Join(' ', row.Sdgs),
                    string.Join('\n', row.Themes),
                    string.Join('\n', row.AffectedPersons),
                    row.Text));
            }

            return ($"countries/{country.Folder}/recommendations/cycle-{cycle.Key}.csv", csv.ToString());
        });
}
