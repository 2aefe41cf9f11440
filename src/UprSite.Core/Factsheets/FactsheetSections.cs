namespace UprSite.Core.Factsheets;

/// <summary>
/// The questions and the recommendations found in a factsheet body (DESIGN §4), as text with source positions; a
/// part is null when its heading is missing. The context before them and the sections after them are only shown,
/// so only Build keeps them (as Markdown).
/// </summary>
public sealed record FactsheetSections(FactsheetPart? Questions, FactsheetPart? Recommendations)
{
    public const string QuestionsId = "questions";
    public const string RecommendationsId = "recommendations";

    public static FactsheetSections Empty { get; } = new(null, null);

    public static string QuestionAnchor(int number) => $"question-{number}";

    public static string RecommendationAnchor(int number) => $"recommendation-{number}";
}
