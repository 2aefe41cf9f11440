using System.Globalization;
using UprSite.Core.Reference;
using UprSite.Core.Vocabulary;

namespace UprSite.Synthetic;

/// <summary>
/// The rows of one country: its rows shared over the four cycles (growing from cycle to cycle, as real reviews do),
/// one paragraph per recommendation, about one paragraph in twelve co-sponsored by two or three States, States drawn
/// with uneven weights so that some recommend far more than others.
/// </summary>
public static class RecommendationRows
{
    private static readonly double[] CycleShares = [0.14, 0.24, 0.28, 0.34];

    private static readonly string[] Themes =
    [
        "Administration of justice and fair trial", "Right to education", "Rights of women", "Right to health",
        "Freedom of expression", "Labour rights", "Land and housing", "Rights of the child", "Civil society",
    ];

    private static readonly string[] Persons =
    [
        "women", "children", "persons with disabilities", "indigenous peoples", "migrants", "human rights defenders",
        "journalists", "persons deprived of their liberty",
    ];

    public static IReadOnlyList<SyntheticRow> For(SyntheticCountry country, int seed)
    {
        var random = new Random(SyntheticSeed.For(seed, country.Position, 2));
        var extras = new Random(SyntheticSeed.For(seed, country.Position, 7));
        var texts = new RecommendationText(random);
        var weights = country.Recommenders.Select(_ => 0.2 + (random.NextDouble() * 1.8)).ToArray();
        var rows = new List<SyntheticRow>(country.Rows);
        var left = country.Rows;
        for (var cycle = 1; cycle <= 4; cycle++)
        {
            var target = cycle == 4 ? left : (int)Math.Round(country.Rows * CycleShares[cycle - 1]);
            left -= target;
            for (var k = 1; target > 0; k++)
            {
                var sponsors = Math.Min(Math.Min(target, country.Recommenders.Count), random.NextDouble() < 0.08 ? random.Next(2, 4) : 1);
                target -= sponsors;
                rows.AddRange(Paragraph(country, cycle, k, Draw(country.Recommenders, weights, sponsors, random), texts.Next(), random, extras));
            }
        }

        return rows;
    }

    private static IEnumerable<SyntheticRow> Paragraph(
        SyntheticCountry country, int cycle, int number, IReadOnlyList<UnState> states, string text, Random random, Random extras)
    {
        var paragraph = string.Create(CultureInfo.InvariantCulture, $"{country.Section(cycle)}.{number}");
        var response = Response(cycle, random);
        var issues = Enumerable.Range(0, random.Next(1, 4)).Select(_ => UprIssues.All[random.Next(UprIssues.All.Count)]).Distinct().ToList();
        var sdgs = random.NextDouble() < 0.5 ? [] : new[] { Sdg(random) };
        int? category = random.NextDouble() < 0.3 ? random.Next(1, 6) : null;
        var themes = Some(Themes, extras);
        var persons = Some(Persons, extras);
        return states.Select(state => new SyntheticRow(
            $"c{cycle}-{paragraph}-{state.Slug}", cycle, country.Session(cycle), state, response, category, issues,
            country.Report(cycle), paragraph, sdgs, themes, persons, text));
    }

    /// <summary>None for about two rows in three (as sources without themes), else one or two of the names.</summary>
    private static IReadOnlyList<string> Some(string[] names, Random random)
    {
        if (random.NextDouble() < 0.65)
        {
            return [];
        }

        return Enumerable.Range(0, random.Next(1, 3)).Select(_ => names[random.Next(names.Length)]).Distinct().ToList();
    }

    private static string Response(int cycle, Random random)
    {
        var draw = random.NextDouble();
        return draw switch
        {
            < 0.03 when cycle == 4 => "pending",
            < 0.06 => "partly-supported",
            < 0.30 => "noted",
            _ => "supported",
        };
    }

    private static string Sdg(Random random)
    {
        var goal = random.Next(1, 18);
        return random.NextDouble() < 0.5
            ? goal.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{goal}.{random.Next(1, 4)}");
    }

    private static List<UnState> Draw(IReadOnlyList<UnState> states, double[] weights, int count, Random random)
    {
        var drawn = new List<UnState>(count);
        var total = weights.Sum();
        while (drawn.Count < count)
        {
            var at = random.NextDouble() * total;
            var i = 0;
            for (; i < weights.Length - 1 && at >= weights[i]; i++)
            {
                at -= weights[i];
            }

            if (!drawn.Contains(states[i]))
            {
                drawn.Add(states[i]);
            }
        }

        return drawn;
    }
}
