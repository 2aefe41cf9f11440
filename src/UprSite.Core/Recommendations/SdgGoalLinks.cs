using System.Globalization;

namespace UprSite.Core.Recommendations;

/// <summary>The Sustainable Development Goals a recommendation is linked to: each goal once, a target counting for its goal.</summary>
public static class SdgGoalLinks
{
    /// <summary>Goal numbers (1–17) in ascending order, from the row's goals and targets ("16.10" is goal 16).</summary>
    public static IReadOnlyList<int> Of(Recommendation row)
    {
        if (row.Sdgs.Count == 0)
        {
            return [];
        }

        var goals = new SortedSet<int>();
        foreach (var code in row.Sdgs)
        {
            var goal = code.Split('.')[0];
            if (int.TryParse(goal, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 17)
            {
                goals.Add(number);
            }
        }

        return [.. goals];
    }
}
