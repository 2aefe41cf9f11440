namespace UprSite.Core.Factsheets;

/// <summary>
/// A factsheet body split into its three parts (DESIGN §4): the context before the first part heading, the
/// questions and the recommendations. A part is null when its heading is missing; <see cref="MoreHtml"/> holds
/// sections under other headings that follow a part (sources, annexes).
/// </summary>
public sealed record FactsheetSections(string ContextHtml, FactsheetPart? Questions, FactsheetPart? Recommendations, string MoreHtml)
{
    public const string QuestionsId = "questions";
    public const string RecommendationsId = "recommendations";

    public static FactsheetSections Empty { get; } = new(string.Empty, null, null, string.Empty);

    public static string QuestionAnchor(int number) => $"question-{number}";

    public static string RecommendationAnchor(int number) => $"recommendation-{number}";
}
