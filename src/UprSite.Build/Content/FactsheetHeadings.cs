namespace UprSite.Build.Content;

/// <summary>
/// The heading names that open the questions and the recommendations of a factsheet, taken from the UI strings
/// <c>factsheet.questions</c> and <c>factsheet.recommendations</c> of every language (a Khmer factsheet may use the
/// English heading). Compared ignoring case, surrounding spaces and a trailing colon.
/// </summary>
public sealed class FactsheetHeadings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> stringsByLanguage)
{
    public const string QuestionsKey = "factsheet.questions";
    public const string RecommendationsKey = "factsheet.recommendations";

    private readonly HashSet<string> _questions = Names(stringsByLanguage, QuestionsKey, "Questions");
    private readonly HashSet<string> _recommendations = Names(stringsByLanguage, RecommendationsKey, "Recommendations");

    public bool IsQuestions(string heading) => _questions.Contains(Normalise(heading));

    public bool IsRecommendations(string heading) => _recommendations.Contains(Normalise(heading));

    /// <summary>The heading as a writer of <paramref name="language"/> would type it, for messages.</summary>
    public string QuestionsIn(string language) => NameIn(language, QuestionsKey, "Questions");

    public string RecommendationsIn(string language) => NameIn(language, RecommendationsKey, "Recommendations");

    private string NameIn(string language, string key, string fallback) =>
        stringsByLanguage.GetValueOrDefault(language)?.GetValueOrDefault(key) ?? fallback;

    private static HashSet<string> Names(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings, string key, string english)
    {
        var names = strings.Values.Select(s => s.GetValueOrDefault(key)).OfType<string>().Select(Normalise).ToHashSet(StringComparer.Ordinal);
        names.Add(Normalise(english));
        return names;
    }

    private static string Normalise(string heading) => heading.Trim().TrimEnd(':', '：', '៖').Trim().ToLowerInvariant();
}
