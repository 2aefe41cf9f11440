using System.Globalization;
using System.Text;
using UprSite.Core.Reference;

namespace UprSite.Synthetic;

/// <summary>
/// A country's country.yml: its names from the reference table, a made-up summary, and its four reviews with the
/// totals its rows hold (paragraphs, as declared totals count), so that the build finds nothing to warn about.
/// </summary>
public static class CountryYaml
{
    public static string For(SyntheticCountry country, IReadOnlyList<SyntheticRow> rows, IReadOnlyList<SyntheticLanguage> languages, int seed)
    {
        var random = new Random(SyntheticSeed.For(seed, country.Position, 4));
        var yaml = new StringBuilder("names:\n");
        foreach (var language in languages)
        {
            yaml.Append(Line($"  {language.Code}: {Text.Yaml(country.State.Name(language.Code))}"));
        }

        yaml.Append(Line($"aliases: [{Text.Yaml(country.State.EnglishName)}]")).Append("summary:\n");
        foreach (var language in languages)
        {
            yaml.Append(Line($"  {language.Code}: {Text.Yaml(new Prose(language, random).Paragraph(3))}"));
        }

        yaml.Append("reviews:\n");
        for (var cycle = 1; cycle <= 4; cycle++)
        {
            var paragraphs = rows.Where(r => r.Cycle == cycle).DistinctBy(r => r.Paragraph).ToList();
            var session = WorkingGroupSessions.Find(country.Session(cycle))!;
            var troika = country.Recommenders.Skip(cycle * 3).Take(3).Select(s => Text.Yaml(s.EnglishName));
            yaml.Append(Line($"  - cycle: {cycle}"))
                .Append(Line($"    session: {session.Number}"))
                .Append(Line($"    date: {session.StartYear}-{session.StartMonth:00}-{1 + (country.Position % 25):00}"))
                .Append(Line($"    troika: [{string.Join(", ", troika)}]"))
                .Append(Line($"    documents: {{report: {country.Report(cycle)}}}"));
            if (paragraphs.Count > 0)
            {
                var supported = paragraphs.Count(p => p.Response == "supported");
                var noted = paragraphs.Count(p => p.Response == "noted");
                var partly = paragraphs.Count(p => p.Response == "partly-supported");
                var partlyKey = partly > 0 ? $" partly_supported: {partly}," : string.Empty;
                var source = Text.Yaml("Synthetic report " + country.Report(cycle));
                yaml.Append(Line($"    declared: {{received: {paragraphs.Count}, supported: {supported},{partlyKey} noted: {noted}, source: {source}}}"));
            }
        }

        return yaml.ToString();
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture) + "\n";
}
