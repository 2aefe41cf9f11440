using System.Globalization;
using System.Text;

namespace UprSite.Synthetic;

/// <summary>Made-up sentences, questions and draft recommendations in one language, drawn from its word lists.</summary>
public sealed class Prose(SyntheticLanguage language, Random random)
{
    public string Sentence() =>
        $"{Pick(language.Subjects)} {Pick(language.Verbs)} {Pick(language.Objects)} {Pick(language.Places)}{language.Stop}";

    public string Paragraph(int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Sentence());
        }

        return text.ToString();
    }

    public string Question() =>
        $"{Pick(language.QuestionOpenings)} {Pick(language.Objects)} {Pick(language.Places)}{language.QuestionMark}";

    public string Recommendation()
    {
        var year = random.Next(2026, 2030).ToString(CultureInfo.InvariantCulture);
        var deadline = string.Format(CultureInfo.InvariantCulture, language.Deadline, year);
        return $"{Pick(language.ActionVerbs)} {Pick(language.Objects)} {Pick(language.Places)} {deadline}{language.Stop}";
    }

    private string Pick(IReadOnlyList<string> words) => words[random.Next(words.Count)];
}
