using System.Text.RegularExpressions;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Factsheets;

/// <summary>
/// Explains why a draft recommendation of action category 1–3 is weak and proposes a verb of specific action,
/// taken from the recommendation itself when it names one ("Consider ratifying" → "Ratify").
/// </summary>
public static partial class WeakRecommendationAdvice
{
    /// <summary>How far after the weak verb to look for the action it stands in front of.</summary>
    private const int LookAhead = 8;

    /// <summary>Null when the recommendation does not open with a verb of category 1–3.</summary>
    /// <param name="language">The factsheet's language: English verbs, or French ones for "fr"; others are not classified.</param>
    public static string? For(string text, string language = "en")
    {
        var french = language == "fr";
        var opening = french ? FrenchOpeningVerbs.Match(text) : language == "en" ? ActionCategoryClassifier.Match(text) : null;
        if (opening is not { Category: <= ActionCategory.Considering } match)
        {
            return null;
        }

        var year = Year().Match(text) is { Success: true } found ? found.Value : null;
        var deadline = french ? (year is null ? "d'ici une date fixée" : $"d'ici {year}") : (year is null ? "by a set date" : $"by {year}");
        var verb = french ? match.WordsAfter.Take(LookAhead).FirstOrDefault(FrenchOpeningVerbs.IsSpecific) : SpecificVerbIn(match.WordsAfter);
        var example = verb is not null
            ? $"'{Capitalise(verb)} … {deadline}'"
            : french ? $"'Adopter …', 'Modifier …' or 'Établir … {deadline}'" : $"'Adopt …', 'Amend …' or 'Establish … {deadline}'";
        var category = (int)match.Category;
        return $"'{Opening(text, match)}…' is category {category} ({ActionCategoryNames.Of(match.Category)}): {Why(match.Category)}. "
            + $"Start with a verb of specific action, e.g. {example}";
    }

    private static string Why(ActionCategory category) => category switch
    {
        ActionCategory.Minimal => "it asks for help or information, or speaks to other States, and commits the State to no step of its own",
        ActionCategory.Continuing => "it asks the State only to go on with what it says it already does, and names no new step that can be checked",
        _ => "it asks the State only to think about it, and cannot be followed up",
    };

    /// <summary>Words that join a weak verb to the action it stands in front of ("Continue to", "Envisager de").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "to", "de", "d", "à" };

    /// <summary>The recommendation's first words up to one word past the weak verb (two past a connector), as written.</summary>
    private static string Opening(string text, ActionVerbMatch match)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var past = match.WordsAfter.Count > 1 && Connectors.Contains(match.WordsAfter[0]) ? 2 : 1;
        var count = Math.Min(words.Length, match.WordsBefore + match.PhraseWords + past);
        return string.Join(' ', words.Take(count)).TrimEnd(',', ';', ':', '.');
    }

    /// <summary>The first verb of category 5 after the weak verb, in its base form ("ratifying" → "ratify").</summary>
    private static string? SpecificVerbIn(IReadOnlyList<string> words)
    {
        foreach (var word in words.Take(LookAhead))
        {
            foreach (var candidate in BaseForms(word))
            {
                if (ActionCategoryClassifier.Classify(candidate) == ActionCategory.Specific)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> BaseForms(string word)
    {
        yield return word;
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            var stem = word[..^3];
            yield return stem;
            yield return stem + "e";
            if (stem.Length > 2 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }
        }
    }

    private static string Capitalise(string verb) => char.ToUpperInvariant(verb[0]) + verb[1..];

    [GeneratedRegex(@"\b20\d\d\b")]
    private static partial Regex Year();
}
