using UprSite.Core.Reference;

namespace UprSite.Synthetic;

/// <summary>Which States the site covers and which States recommend to each, drawn from the UN reference table.</summary>
public static class SyntheticCountries
{
    public static int Available => UnStates.All.Count;

    /// <summary>
    /// <paramref name="count"/> States under Review in ISO-code order, each with <paramref name="states"/> recommending
    /// States, and <paramref name="rows"/> shared out so that the first countries take the remainder.
    /// </summary>
    public static IReadOnlyList<SyntheticCountry> Choose(int count, int rows, int states, int seed)
    {
        var all = UnStates.All;
        var chosen = Shuffled(all, new Random(seed)).Take(count).OrderBy(s => s.Alpha2, StringComparer.Ordinal).ToList();
        return chosen.Select((state, i) =>
        {
            var position = IndexOf(all, state);
            var random = new Random(SyntheticSeed.For(seed, position, 1));
            var others = Shuffled(all.Where(s => s != state).ToList(), random).Take(states).ToList();
            var share = (rows / count) + (i < rows % count ? 1 : 0);
            return new SyntheticCountry(state, position, others, share);
        }).ToList();
    }

    private static int IndexOf(IReadOnlyList<UnState> all, UnState state)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] == state)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{state} is not in the reference table");
    }

    private static List<T> Shuffled<T>(IReadOnlyList<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
