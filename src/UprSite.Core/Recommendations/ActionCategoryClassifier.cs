namespace UprSite.Core.Recommendations;

/// <summary>
/// Classifies a recommendation by its first verb on McMahon's scale (DESIGN §4). Leading filler ("That the
/// Government", "To") and adverbs ("Seriously consider", "Fully implement") are looked through; "Take steps to",
/// "Continue its efforts to" keep the category of their own verb, as the scale says.
/// </summary>
public static class ActionCategoryClassifier
{
    private static readonly (string Phrase, ActionCategory Category)[] Phrases =
    [
        ("call on", ActionCategory.Minimal), ("call upon", ActionCategory.Minimal), ("seek", ActionCategory.Minimal),
        ("share", ActionCategory.Minimal), ("request", ActionCategory.Minimal),
        ("continue", ActionCategory.Continuing), ("maintain", ActionCategory.Continuing), ("persevere", ActionCategory.Continuing),
        ("persist", ActionCategory.Continuing), ("pursue", ActionCategory.Continuing), ("keep", ActionCategory.Continuing),
        ("analyse", ActionCategory.Considering), ("analyze", ActionCategory.Considering), ("consider", ActionCategory.Considering),
        ("envisage", ActionCategory.Considering), ("envision", ActionCategory.Considering), ("examine", ActionCategory.Considering),
        ("explore", ActionCategory.Considering), ("reflect upon", ActionCategory.Considering), ("reflect on", ActionCategory.Considering),
        ("revise", ActionCategory.Considering), ("review", ActionCategory.Considering), ("study", ActionCategory.Considering),
        ("accelerate", ActionCategory.General), ("address", ActionCategory.General), ("encourage", ActionCategory.General),
        ("engage with", ActionCategory.General), ("ensure", ActionCategory.General), ("guarantee", ActionCategory.General),
        ("intensify", ActionCategory.General), ("promote", ActionCategory.General), ("speed up", ActionCategory.General),
        ("strengthen", ActionCategory.General), ("take action", ActionCategory.General), ("take measures", ActionCategory.General),
        ("take steps", ActionCategory.General), ("take all necessary", ActionCategory.General), ("take concrete", ActionCategory.General),
        ("take effective", ActionCategory.General), ("step up", ActionCategory.General), ("enhance", ActionCategory.General),
        ("improve", ActionCategory.General), ("redouble", ActionCategory.General), ("make efforts", ActionCategory.General),
        ("conduct", ActionCategory.Specific), ("develop", ActionCategory.Specific), ("eliminate", ActionCategory.Specific),
        ("establish", ActionCategory.Specific), ("investigate", ActionCategory.Specific), ("undertake", ActionCategory.Specific),
        ("abolish", ActionCategory.Specific), ("adopt", ActionCategory.Specific), ("amend", ActionCategory.Specific),
        ("implement", ActionCategory.Specific), ("enforce", ActionCategory.Specific), ("ratify", ActionCategory.Specific),
        ("accede", ActionCategory.Specific), ("criminalise", ActionCategory.Specific), ("criminalize", ActionCategory.Specific),
        ("enact", ActionCategory.Specific), ("publish", ActionCategory.Specific), ("repeal", ActionCategory.Specific),
        ("withdraw", ActionCategory.Specific), ("release", ActionCategory.Specific), ("prosecute", ActionCategory.Specific),
        ("extend a standing invitation", ActionCategory.Specific), ("issue a standing invitation", ActionCategory.Specific),
        ("create", ActionCategory.Specific), ("set up", ActionCategory.Specific), ("allocate", ActionCategory.Specific),
    ];

    private static readonly string[] Filler = ["that the government", "that the state", "the government should", "to", "should", "please"];

    /// <summary>Adverbs that may stand before the verb ("Seriously consider", "Fully implement") and do not change its category.</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "seriously", "further", "fully", "effectively", "urgently", "promptly", "swiftly", "immediately", "actively",
        "duly", "also", "firmly", "resolutely", "progressively", "rapidly", "expeditiously", "systematically",
        "thoroughly", "properly", "strictly", "vigorously", "consistently", "formally", "officially", "genuinely",
        "continuously", "gradually", "positively", "favourably", "favorably", "carefully", "independently",
    };

    /// <summary>The category of the recommendation's first verb; null when no verb of the scale opens it.</summary>
    public static ActionCategory? Classify(string text) => Match(text)?.Category;

    /// <summary>
    /// The verb phrase of the scale that opens the recommendation, with the words before it (filler, adverbs) and
    /// the words after it, lower case; null when no verb of the scale opens it.
    /// </summary>
    public static ActionVerbMatch? Match(string text)
    {
        var words = Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var skipped = 0;
        foreach (var filler in Filler)
        {
            var fillerWords = filler.Split(' ');
            if (words.Count > skipped + fillerWords.Length && words.Skip(skipped).Take(fillerWords.Length).SequenceEqual(fillerWords))
            {
                skipped += fillerWords.Length;
            }
        }

        while (skipped < words.Count - 1 && Adverbs.Contains(words[skipped]))
        {
            skipped++;
        }

        var rest = string.Join(' ', words.Skip(skipped));
        var best = Phrases.Where(p => rest == p.Phrase || rest.StartsWith(p.Phrase + " ", StringComparison.Ordinal))
            .OrderByDescending(p => p.Phrase.Length)
            .Select(p => ((string Phrase, ActionCategory Category)?)p)
            .FirstOrDefault();
        if (best is not { } found)
        {
            return null;
        }

        var phraseWords = found.Phrase.Split(' ').Length;
        return new ActionVerbMatch(found.Phrase, found.Category, skipped, words.Skip(skipped + phraseWords).ToList());
    }

    /// <summary>The first word of the recommendation, for messages ("'Consider' asks only to think about it").</summary>
    public static string FirstWord(string text) => Normalise(text).Split(' ', 2)[0];

    private static string Normalise(string text)
    {
        var letters = text.Trim().ToLowerInvariant().Select(c => char.IsLetter(c) || c == ' ' ? c : ' ').ToArray();
        return string.Join(' ', new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
