namespace UprSite.Synthetic;

/// <summary>
/// A site language and the words the generator makes its texts from. Sentences are drawn from these lists, so they
/// read as the language but say nothing true: the input is made up.
/// </summary>
/// <param name="Subjects">Who acts, opening a sentence.</param>
/// <param name="Verbs">What they did, in the past, after the subject.</param>
/// <param name="Objects">What it concerned.</param>
/// <param name="Places">Where or when, closing a sentence.</param>
/// <param name="QuestionOpenings">The first words of a question to the State.</param>
/// <param name="ActionVerbs">Verbs of specific action that open a draft recommendation (category 5 in English and French).</param>
/// <param name="Deadline">The closing words of a recommendation, {0} the year.</param>
/// <param name="Stop">The sentence's end.</param>
/// <param name="QuestionMark">The question's end.</param>
public sealed record SyntheticLanguage(
    string Code,
    string Label,
    string Locale,
    string QuestionsHeading,
    string RecommendationsHeading,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> Objects,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> QuestionOpenings,
    IReadOnlyList<string> ActionVerbs,
    string Deadline,
    string Stop,
    string QuestionMark)
{
    public static IReadOnlyDictionary<string, SyntheticLanguage> Known { get; } = new Dictionary<string, SyntheticLanguage>(StringComparer.Ordinal)
    {
        ["en"] = EnglishWords.Language,
        ["fr"] = FrenchWords.Language,
        ["km"] = KhmerWords.Language,
    };
}
