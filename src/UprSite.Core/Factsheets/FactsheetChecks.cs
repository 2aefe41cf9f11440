using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Text;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Factsheets;

/// <summary>
/// The checks on one factsheet (DESIGN §4): 4–5 questions, at least one recommendation, no weak draft
/// recommendation, known UPR issues, a text short enough for the page limit, and no skeleton placeholder left.
/// </summary>
/// <param name="QuestionsHeading">The questions heading in the factsheet's language, for messages.</param>
/// <param name="RecommendationsHeading">The recommendations heading in the factsheet's language.</param>
public sealed record FactsheetChecks(string QuestionsHeading, string RecommendationsHeading, int MaxPages)
{
    public const int FewestQuestions = 4;
    public const int MostQuestions = 5;

    public IEnumerable<Diagnostic> Check(Factsheet factsheet)
    {
        var file = factsheet.Source.Path;
        return CheckQuestions(factsheet.Sections.Questions, file)
            .Concat(CheckRecommendations(factsheet.Sections.Recommendations, factsheet.Language, file))
            .Concat(CheckIssues(factsheet, file))
            .Concat(CheckLength(factsheet, file))
            .Concat(CheckPlaceholders(factsheet, file));
    }

    private IEnumerable<Diagnostic> CheckQuestions(FactsheetPart? questions, string file)
    {
        var code = DiagnosticCodes.FactsheetQuestionCount;
        if (questions is null)
        {
            yield return Diagnostic.Warning(code,
                $"this factsheet has no questions; add a heading '## {QuestionsHeading}' (or any heading ending in {{#questions}}) followed by a numbered list of {FewestQuestions}–{MostQuestions} questions for the State",
                file);
        }
        else if (questions.Items.Count < FewestQuestions)
        {
            var missing = FewestQuestions - questions.Items.Count;
            yield return Diagnostic.Warning(code,
                $"'{questions.Heading}' has {Count(questions.Items.Count, "numbered question")}; a factsheet asks {FewestQuestions}–{MostQuestions} so that each delegation can pick one that fits its statement: add {missing} as '1. …' items",
                file, questions.Line, 1);
        }
        else if (questions.Items.Count > MostQuestions)
        {
            var extra = questions.Items[MostQuestions];
            yield return Diagnostic.Warning(code,
                $"'{questions.Heading}' has {questions.Items.Count} questions; keep {FewestQuestions}–{MostQuestions} so that they fit the page and each one is asked: merge or drop {questions.Items.Count - MostQuestions}, starting from this one",
                file, extra.Line, extra.Column);
        }
    }

    private IEnumerable<Diagnostic> CheckRecommendations(FactsheetPart? recommendations, string language, string file)
    {
        var code = DiagnosticCodes.FactsheetWithoutRecommendations;
        if (recommendations is null)
        {
            yield return Diagnostic.Error(code,
                $"this factsheet has no recommendations; add a heading '## {RecommendationsHeading}' (or any heading ending in {{#recommendations}}) followed by numbered draft recommendations, e.g. '1. Adopt … by 2027'",
                file);
            yield break;
        }

        if (recommendations.Items.Count == 0)
        {
            yield return Diagnostic.Error(code,
                $"'{recommendations.Heading}' holds no numbered recommendation; write each draft recommendation as a numbered item, e.g. '1. Adopt … by 2027'",
                file, recommendations.Line, 1);
        }

        foreach (var item in recommendations.Items)
        {
            if (WeakRecommendationAdvice.For(item.Text, language) is { } advice)
            {
                yield return Diagnostic.Warning(DiagnosticCodes.WeakRecommendation, advice, file, item.Line, item.Column);
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckIssues(Factsheet factsheet, string file)
    {
        for (var i = 0; i < factsheet.Issues.Count; i++)
        {
            var issue = factsheet.Issues[i];
            if (UprIssues.Find(issue) is not null)
            {
                continue;
            }

            var nearest = NearestName.Find(issue, UprIssues.All);
            var hint = nearest is null ? "use one of the 54 issues listed in docs/factsheets.md" : $"did you mean '{nearest}'?";
            var position = i < factsheet.IssuePositions.Count ? factsheet.IssuePositions[i] : null;
            yield return Diagnostic.Warning(DiagnosticCodes.UnknownUprIssue,
                $"'{issue}' is not an issue of the UPR Info list, so no previous recommendation can be matched to it; {hint}",
                file, position?.Line ?? 0, position?.Column ?? 0);
        }
    }

    private IEnumerable<Diagnostic> CheckLength(Factsheet factsheet, string file)
    {
        var limit = FactsheetLength.ClearlyTooLong(MaxPages);
        if (factsheet.WordCount > limit)
        {
            yield return Diagnostic.Warning(DiagnosticCodes.FactsheetTooLong,
                $"this factsheet has about {factsheet.WordCount} words, far more than {Count(MaxPages, "printed page")} hold (about {limit}); shorten the context first and keep each question and recommendation to two or three lines (the PDF build counts the real pages)",
                file);
        }
    }

    private static IEnumerable<Diagnostic> CheckPlaceholders(Factsheet factsheet, string file) =>
        factsheet.Placeholders.Select(at => Diagnostic.Warning(DiagnosticCodes.SkeletonPlaceholder,
            "this line still holds the placeholder text 'uprsite new factsheet' wrote; replace it with your own text (or delete it)",
            file, at.Line, at.Column));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
