using System.Globalization;

namespace UprSite.Synthetic;

/// <summary>What to generate: how many countries and rows, in which languages, from which seed, into which folder.</summary>
/// <param name="Rows">Recommendation rows for the whole site (one per recommending State), shared out evenly.</param>
/// <param name="States">Recommending States per country (at most every other State of the reference table).</param>
/// <param name="Briefs">
/// Whether site.yml leaves the embassy briefs on (print.briefs): by default on up to <see cref="BriefsUpTo"/> countries
/// (a coalition or a regional network, whose members meet embassies), off above (every State: docs/performance.md).
/// </param>
public sealed record SyntheticOptions(
    int Countries, int Rows, IReadOnlyList<string> Languages, int Seed, string Out, int States, int Factsheets, bool Briefs = true)
{
    public const int BriefsUpTo = 20;

    public const string Usage =
        "usage: uprsite-synthetic --out DIR [--countries N (1)] [--rows N (1000)] [--languages en,fr,km] [--seed S (1)]\n" +
        "                         [--states N (100)] [--factsheets N (3)] [--briefs on|off (on up to 20 countries)]\n" +
        "Writes a complete, made-up UprSite input (site.yml, countries/, pages/) into DIR, which must be empty or absent.";

    /// <summary>The options the arguments give; an <see cref="ArgumentException"/> saying what is wrong otherwise.</summary>
    public static SyntheticOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 == args.Count)
            {
                throw new ArgumentException($"'{args[i]}' is not an option with a value");
            }

            values[args[i][2..]] = args[++i];
        }

        var known = new[] { "countries", "rows", "languages", "seed", "out", "states", "factsheets", "briefs" };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw new ArgumentException($"unknown option --{unknown}");
        }

        var languages = (values.GetValueOrDefault("languages") ?? "en,fr,km")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (languages.FirstOrDefault(l => !SyntheticLanguage.Known.ContainsKey(l)) is { } language)
        {
            throw new ArgumentException($"language '{language}' has no word list here; use some of {string.Join(",", SyntheticLanguage.Known.Keys)}");
        }

        var countries = Number(values, "countries", 1, 1, SyntheticCountries.Available);
        var briefs = values.GetValueOrDefault("briefs") switch
        {
            null => countries <= BriefsUpTo,
            "on" => true,
            "off" => false,
            var other => throw new ArgumentException($"--briefs takes on or off, not '{other}'"),
        };
        var options = new SyntheticOptions(
            countries,
            Number(values, "rows", 1000, 0, 10_000_000),
            languages.Distinct(StringComparer.Ordinal).ToList(),
            Number(values, "seed", 1, int.MinValue, int.MaxValue),
            values.GetValueOrDefault("out") ?? throw new ArgumentException("--out DIR is required"),
            Number(values, "states", 100, 1, SyntheticCountries.Available - 1),
            Number(values, "factsheets", 3, 0, FactsheetTopics.All.Count),
            briefs);
        return options.Languages.Count == 0 ? throw new ArgumentException("--languages names no language") : options;
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback, int min, int max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"--{name} takes a whole number from {min} to {max}, not '{text}'");
    }
}
