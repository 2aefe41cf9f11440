using System.Globalization;
using System.Text;
using UprSite.Core.Vocabulary;

namespace UprSite.Synthetic;

/// <summary>
/// implementation.csv: ratings of about one supported recommendation in six of cycles 2 and 3, one rating a paragraph
/// (a coalition rates a recommendation, not each co-sponsor's share of it: the build warns of two, UPR0580).
/// </summary>
public static class ImplementationCsv
{
    public static string For(SyntheticCountry country, IReadOnlyList<SyntheticRow> rows, int seed)
    {
        var random = new Random(SyntheticSeed.For(seed, country.Position, 3));
        var prose = new Prose(SyntheticLanguage.Known["en"], random);
        var csv = new StringBuilder(Text.CsvLine("recommendation_id", "status", "evidence", "source", "date"));
        var rated = new HashSet<(string, string)>();
        foreach (var row in rows.Where(r => r.Cycle is 2 or 3 && r.Response == "supported"))
        {
            if (random.NextDouble() >= 1.0 / 6)
            {
                continue;
            }

            var year = 2020 + random.Next(5);
            var line = Text.CsvLine(
                row.Id,
                ImplementationStatusVocabulary.Canonical[random.Next(ImplementationStatusVocabulary.Canonical.Count)],
                prose.Sentence(),
                string.Create(CultureInfo.InvariantCulture, $"Synthetic monitoring note {year}"),
                string.Create(CultureInfo.InvariantCulture, $"{year}-{1 + random.Next(12):00}-{1 + random.Next(28):00}"));
            if (rated.Add((row.Document, row.Paragraph)))
            {
                csv.Append(line);
            }
        }

        return csv.ToString();
    }
}
