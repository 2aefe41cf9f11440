using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Support;

/// <summary>Recommendation rows made inside tests: one by one, or many from FsCheck's random integers.</summary>
public static class Rows
{
    private static readonly string[] States = ["France", "Japan", "Brazil", "Ghana", "Norway", "Côte d'Ivoire", "Viet Nam"];
    private static readonly string[] Groups = ["WEOG", "Asia", "GRULAC", "Africa", "WEOG", "Africa", "Asia"];
    private static readonly string[] Issues = ["Right to land", "Labour", "Women's rights", "Justice", "Elections"];

    public static Recommendation Make(
        string id, int cycle, string state, Response response, string[]? issues = null, ActionCategory? category = null, string? group = null) =>
        new(id, cycle, 6 + (cycle - 1) * 12, "Cambodia", state, group, $"Recommendation {id}", response, issues ?? [], category,
            null, null, [], new RowRef("input/countries/kh/recommendations/test.csv", 2));

    /// <summary>One row per integer: every field is taken from bits of it, so FsCheck's shrinking still works.</summary>
    public static IReadOnlyList<Recommendation> FromSeeds(int[] seeds) =>
        seeds.Select((seed, i) =>
        {
            var s = seed & int.MaxValue;
            var state = s % States.Length;
            var issues = Issues.Where((_, bit) => (s >> (bit + 3) & 1) == 1).ToArray();
            var category = (s >> 9) % 6 is var c && c == 0 ? (ActionCategory?)null : (ActionCategory)c;
            return Make($"r{i}", 1 + (s >> 12) % 4, States[state], (Response)((s >> 14) % 3), issues, category,
                (s >> 16) % 5 == 0 ? null : Groups[state]);
        }).ToList();
}
