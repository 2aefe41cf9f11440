using UprSite.Core.Recommendations;

namespace UprSite.Core.Factsheets;

/// <summary>
/// The opening verbs of draft recommendations written in French: the weak ones of McMahon's categories 1–3, and the
/// verbs of specific action a warning can propose instead. Only factsheets use it; exports are in English.
/// </summary>
public static class FrenchOpeningVerbs
{
    private static readonly Dictionary<string, ActionCategory> Weak = new(StringComparer.Ordinal)
    {
        ["solliciter"] = ActionCategory.Minimal, ["demander"] = ActionCategory.Minimal, ["partager"] = ActionCategory.Minimal,
        ["appeler"] = ActionCategory.Minimal,
        ["continuer"] = ActionCategory.Continuing, ["poursuivre"] = ActionCategory.Continuing, ["maintenir"] = ActionCategory.Continuing,
        ["persévérer"] = ActionCategory.Continuing, ["persister"] = ActionCategory.Continuing,
        ["envisager"] = ActionCategory.Considering, ["examiner"] = ActionCategory.Considering, ["étudier"] = ActionCategory.Considering,
        ["considérer"] = ActionCategory.Considering, ["réfléchir"] = ActionCategory.Considering, ["analyser"] = ActionCategory.Considering,
        ["explorer"] = ActionCategory.Considering, ["réviser"] = ActionCategory.Considering, ["revoir"] = ActionCategory.Considering,
    };

    private static readonly HashSet<string> Specific = new(StringComparer.Ordinal)
    {
        "ratifier", "adopter", "modifier", "abroger", "établir", "créer", "enquêter", "publier", "appliquer", "adhérer",
        "incriminer", "promulguer", "abolir", "éliminer", "élaborer", "mener", "réaliser", "instituer",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "sérieusement", "activement", "pleinement", "davantage", "rapidement", "également", "favorablement",
    };

    /// <summary>The weak verb that opens a French recommendation; null when it opens with another word.</summary>
    public static ActionVerbMatch? Match(string text)
    {
        var letters = text.Select(c => char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ').ToArray();
        var words = new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var before = 0;
        while (before < words.Count - 1 && Adverbs.Contains(words[before]))
        {
            before++;
        }

        return before < words.Count && Weak.TryGetValue(words[before], out var category)
            ? new ActionVerbMatch(words[before], category, before, words.Skip(before + 1).ToList())
            : null;
    }

    public static bool IsSpecific(string word) => Specific.Contains(word);
}
