using System.Globalization;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;

namespace UprSite.Core.Statistics;

/// <summary>
/// Recommendations by Sustainable Development Goal and by affected persons, as the DIHR explorer and the Universal
/// Human Rights Index break them down; counted over the rows that carry the attribute.
/// </summary>
public static class LinkBreakdowns
{
    /// <summary>
    /// All 17 goals in goal order (keys "1" to "17", zeros included) when a row is linked to one, else none. A row
    /// linked to several goals counts under each; "No SDG link identified" was read as no link.
    /// </summary>
    public static LinkedBreakdown BySdgGoal(IReadOnlyList<Recommendation> rows)
    {
        var byGoal = SdgGoals.All.ToDictionary(g => g.Number, _ => new List<Recommendation>());
        var linked = 0;
        foreach (var row in rows)
        {
            var goals = SdgGoalLinks.Of(row);
            linked += goals.Count > 0 ? 1 : 0;
            foreach (var goal in goals)
            {
                byGoal[goal].Add(row);
            }
        }

        var groups = linked == 0
            ? []
            : SdgGoals.All.Select(g => ResponseTally.Group(g.Number.ToString(CultureInfo.InvariantCulture), byGoal[g.Number])).ToList();
        return new LinkedBreakdown(groups, linked, rows.Count);
    }

    /// <summary>
    /// Each group of affected persons a row names, largest first. Spellings that differ only in case are one group,
    /// named by the first spelling in ordinal order; a row naming a group twice counts once under it. When the rows use
    /// both DIHR's groups and UHRI labels that fall within them, those labels count under DIHR's group
    /// (<see cref="AffectedPersonGroups"/>).
    /// </summary>
    public static LinkedBreakdown ByAffectedPersons(IReadOnlyList<Recommendation> rows) =>
        MixesVocabularies(rows)
            ? ByNames(rows, r => [.. r.AffectedPersons.Select(AffectedPersonGroups.InDihrGroups)])
            : ByNames(rows, r => r.AffectedPersons);

    /// <summary>True when some rows name DIHR's groups and others UHRI labels within them.</summary>
    public static bool MixesVocabularies(IReadOnlyList<Recommendation> rows) =>
        rows.Any(r => r.AffectedPersons.Any(AffectedPersonGroups.IsDihrGroup)) &&
        rows.Any(r => r.AffectedPersons.Any(AffectedPersonGroups.FallsWithinDihrGroup));

    /// <summary>
    /// Each theme of the Universal Human Rights Index a row carries (UHRI exports, OHCHR matrices: "A12 Acceptance of
    /// international norms"), as written, largest first; never UPR Info's issues, which are another coding. Spellings
    /// that differ only in case are one theme; a row naming a theme twice counts once under it.
    /// </summary>
    public static LinkedBreakdown ByTheme(IReadOnlyList<Recommendation> rows) => ByNames(rows, r => r.Themes);

    private static LinkedBreakdown ByNames(IReadOnlyList<Recommendation> rows, Func<Recommendation, IReadOnlyList<string>> names)
    {
        var byGroup = new Dictionary<string, (SortedSet<string> Spellings, List<Recommendation> Rows)>(StringComparer.OrdinalIgnoreCase);
        var linked = 0;
        foreach (var row in rows)
        {
            var groups = names(row).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            linked += groups.Count > 0 ? 1 : 0;
            foreach (var group in groups)
            {
                if (!byGroup.TryGetValue(group, out var entry))
                {
                    byGroup[group] = entry = (new SortedSet<string>(StringComparer.Ordinal), []);
                }

                entry.Spellings.Add(group);
                entry.Rows.Add(row);
            }
        }

        return new LinkedBreakdown(ResponseTally.Ranked(byGroup.Values.Select(e => ResponseTally.Group(e.Spellings.Min!, e.Rows))), linked, rows.Count);
    }
}
