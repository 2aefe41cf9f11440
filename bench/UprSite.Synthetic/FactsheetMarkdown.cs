using System.Globalization;
using System.Text;

namespace UprSite.Synthetic;

/// <summary>
/// One factsheet of a country in one language: front matter, a context that links to the country's page, 4–5
/// questions and 3–4 draft recommendations of specific action with a deadline (so the factsheet checks pass).
/// </summary>
public static class FactsheetMarkdown
{
    public static string For(SyntheticCountry country, FactsheetTopic topic, SyntheticLanguage language, Random random)
    {
        var prose = new Prose(language, random);
        var title = $"{topic.Titles[language.Code]}: {country.State.Name(language.Code)}";
        var md = new StringBuilder("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {Text.Yaml(title)}\n")
            .Append(CultureInfo.InvariantCulture, $"issues: [{string.Join(", ", topic.Issues.Select(Text.Yaml))}]\n")
            .Append("review: 4\n")
            .Append(CultureInfo.InvariantCulture, $"sdgs: [{string.Join(", ", topic.Sdgs)}]\n")
            .Append(CultureInfo.InvariantCulture, $"contact: {{name: {Text.Yaml("Working group on " + topic.Slug)}, email: {topic.Slug}@example.org}}\n")
            .Append(CultureInfo.InvariantCulture, $"updated: 2024-{1 + random.Next(12):00}-{1 + random.Next(28):00}\n")
            .Append("---\n")
            .Append(prose.Paragraph(4)).Append("\n\n")
            .Append(prose.Paragraph(3))
            .Append(CultureInfo.InvariantCulture, $" [{country.State.Name(language.Code)}](/{language.Code}/countries/{country.Folder}/)\n\n")
            .Append(CultureInfo.InvariantCulture, $"## {language.QuestionsHeading} {{#questions}}\n\n");
        var questions = random.Next(4, 6);
        for (var i = 1; i <= questions; i++)
        {
            md.Append(CultureInfo.InvariantCulture, $"{i}. {prose.Question()}\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\n## {language.RecommendationsHeading} {{#recommendations}}\n\n");
        var recommendations = random.Next(3, 5);
        for (var i = 1; i <= recommendations; i++)
        {
            md.Append(CultureInfo.InvariantCulture, $"{i}. {prose.Recommendation()}\n");
        }

        return md.ToString();
    }
}
