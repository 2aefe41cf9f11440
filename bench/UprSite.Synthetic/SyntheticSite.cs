using System.Globalization;
using System.Text;

namespace UprSite.Synthetic;

/// <summary>Writes every file of the made-up input into the output folder and says what it wrote.</summary>
public static class SyntheticSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Write(SyntheticOptions options)
    {
        var languages = options.Languages.Select(l => SyntheticLanguage.Known[l]).ToList();
        var countries = SyntheticCountries.Choose(options.Countries, options.Rows, options.States, options.Seed);
        var files = 0;
        var rowCount = 0;
        var paragraphs = 0;
        void Save(string path, string content)
        {
            var full = Path.Combine(options.Out, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, Utf8);
            files++;
        }

        Save("site.yml", SiteYaml.For(languages, countries.Count, options.Briefs));
        var pages = new Random(SyntheticSeed.For(options.Seed, -1, 5));
        foreach (var language in languages)
        {
            Save($"pages/about.{language.Code}.md", PageMarkdown.About(countries, language, pages));
            Save($"pages/method.{language.Code}.md", PageMarkdown.Method(language, pages));
        }

        foreach (var country in countries)
        {
            var rows = RecommendationRows.For(country, options.Seed);
            rowCount += rows.Count;
            paragraphs += rows.Select(r => (r.Cycle, r.Paragraph)).Distinct().Count();
            Save($"countries/{country.Folder}/country.yml", CountryYaml.For(country, rows, languages, options.Seed));
            foreach (var (path, content) in RowsCsv.Files(country, rows))
            {
                Save(path, content);
            }

            Save($"countries/{country.Folder}/implementation.csv", ImplementationCsv.For(country, rows, options.Seed));
            var random = new Random(SyntheticSeed.For(options.Seed, country.Position, 6));
            foreach (var topic in FactsheetTopics.All.Take(options.Factsheets))
            {
                foreach (var language in languages)
                {
                    Save($"countries/{country.Folder}/factsheets/{topic.Slug}.{language.Code}.md",
                        FactsheetMarkdown.For(country, topic, language, random));
                }
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"wrote {files} files to {options.Out}: {countries.Count} countries ({string.Join(' ', countries.Select(c => c.Folder))}), " +
            $"{rowCount} rows in {paragraphs} recommendations, {options.Factsheets} factsheets per country, {languages.Count} languages");
    }
}
