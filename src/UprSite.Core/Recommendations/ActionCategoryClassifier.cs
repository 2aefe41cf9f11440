using System.Runtime.CompilerServices;

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

        // Verbs found at the head of many rows of real exports, placed where UPR Info's own coding mostly puts them.
        ("reconsider", ActionCategory.Considering),
        ("increase", ActionCategory.General), ("provide", ActionCategory.General), ("cooperate", ActionCategory.General),
        ("reinforce", ActionCategory.General), ("end", ActionCategory.General), ("respect", ActionCategory.General),
        ("expedite", ActionCategory.General), ("put", ActionCategory.General), ("protect", ActionCategory.General),
        ("facilitate", ActionCategory.General), ("follow", ActionCategory.General), ("combat", ActionCategory.General),
        ("expand", ActionCategory.General), ("engage", ActionCategory.General), ("comply", ActionCategory.General),
        ("prevent", ActionCategory.General), ("prioritize", ActionCategory.General), ("prioritise", ActionCategory.General),
        ("consolidate", ActionCategory.General), ("support", ActionCategory.General), ("reduce", ActionCategory.General),
        ("move", ActionCategory.General), ("give", ActionCategory.General), ("uphold", ActionCategory.General),
        ("build", ActionCategory.General), ("fulfil", ActionCategory.General), ("fulfill", ActionCategory.General),
        ("recognize", ActionCategory.General), ("recognise", ActionCategory.General), ("take", ActionCategory.General),
        ("make", ActionCategory.General), ("fight", ActionCategory.General), ("foster", ActionCategory.General),
        ("sign", ActionCategory.Specific), ("extend", ActionCategory.Specific), ("issue", ActionCategory.Specific),
        ("introduce", ActionCategory.Specific), ("allow", ActionCategory.Specific), ("incorporate", ActionCategory.Specific),
        ("decriminalize", ActionCategory.Specific), ("decriminalise", ActionCategory.Specific), ("include", ActionCategory.Specific),
        ("become", ActionCategory.Specific), ("complete", ActionCategory.Specific), ("submit", ActionCategory.Specific),
        ("carry out", ActionCategory.Specific), ("proceed", ActionCategory.Specific), ("remove", ActionCategory.Specific),
        ("raise", ActionCategory.Specific), ("finalize", ActionCategory.Specific), ("finalise", ActionCategory.Specific),
        ("apply", ActionCategory.Specific), ("reform", ActionCategory.Specific), ("prohibit", ActionCategory.Specific),
        ("invite", ActionCategory.Specific), ("harmonize", ActionCategory.Specific), ("harmonise", ActionCategory.Specific),
        ("align", ActionCategory.Specific), ("respond", ActionCategory.Specific), ("grant", ActionCategory.Specific),
        ("initiate", ActionCategory.Specific), ("adhere", ActionCategory.Specific), ("lift", ActionCategory.Specific),
        ("accept", ActionCategory.Specific), ("elaborate", ActionCategory.Specific), ("integrate", ActionCategory.Specific),
        ("launch", ActionCategory.Specific), ("bring", ActionCategory.Specific), ("ban", ActionCategory.Specific),
        ("appoint", ActionCategory.Specific), ("design", ActionCategory.Specific), ("cease", ActionCategory.General),
        ("assess", ActionCategory.Considering), ("evaluate", ActionCategory.Considering), ("sustain", ActionCategory.Continuing),
        ("work", ActionCategory.General), ("pay", ActionCategory.General), ("endeavour", ActionCategory.General),
        ("endeavor", ActionCategory.General), ("advance", ActionCategory.General), ("exert", ActionCategory.General),
        ("focus", ActionCategory.General), ("devote", ActionCategory.General), ("refrain", ActionCategory.General),
        ("deepen", ActionCategory.General), ("collaborate", ActionCategory.General), ("deploy", ActionCategory.General),
        ("secure", ActionCategory.General), ("stop", ActionCategory.General), ("act", ActionCategory.General),
        ("modify", ActionCategory.Specific), ("pass", ActionCategory.Specific), ("approve", ActionCategory.Specific),
        ("impose", ActionCategory.Specific), ("formulate", ActionCategory.Specific), ("conclude", ActionCategory.Specific),
        ("revoke", ActionCategory.Specific), ("suspend", ActionCategory.Specific), ("define", ActionCategory.Specific),
        ("draft", ActionCategory.Specific), ("halt", ActionCategory.Specific), ("join", ActionCategory.Specific),
        ("announce", ActionCategory.Specific), ("eradicate", ActionCategory.Specific), ("prepare", ActionCategory.Specific),
    ];

    // Adverbs that often open a recommendation before its verb ("Further strengthen", "Fully implement", "Seriously consider").
    private static readonly HashSet<string> LeadingAdverbs =
    [
        "further", "fully", "immediately", "effectively", "urgently", "also", "rapidly", "actively", "promptly", "swiftly",
        "expeditiously", "progressively", "systematically", "formally", "seriously", "strictly", "vigorously", "speedily",
        "gradually", "consistently", "resolutely", "duly", "firmly", "thoroughly", "properly", "officially", "genuinely",
        "continuously", "positively", "favourably", "favorably", "carefully", "independently",
    ];

    // Phrases by their first word, longer phrases first, so that "take measures" wins over "take". A lookup by the
    // opening word keeps classifying a 40,000-row export from comparing every row with every phrase.
    private static readonly Dictionary<string, (string Phrase, ActionCategory Category)[]> ByFirstWord = Phrases
        .GroupBy(p => p.Phrase.Split(' ')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Phrase.Length).ToArray(), StringComparer.Ordinal);

    private static readonly string[] Filler = ["that the government", "that the state", "the government should", "to", "should", "please"];

    // The verb is found in the opening words; the rest of a long recommendation need not be normalised.
    private const int OpeningLength = 120;

    /// <summary>The category of the recommendation's first verb; null when no verb of the scale opens it.</summary>
    public static ActionCategory? Classify(string text) => Find(Normalise(text)).Category;

    /// <summary>
    /// The verb phrase of the scale that opens the recommendation, with the number of words before it (filler,
    /// adverbs) and the opening words after it, lower case; null when no verb of the scale opens it.
    /// </summary>
    public static ActionVerbMatch? Match(string text)
    {
        var words = Normalise(text);
        var (category, phrase, verbAt) = Find(words);
        if (category is not { } found)
        {
            return null;
        }

        var before = verbAt == 0 ? 0 : words[..verbAt].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var after = words[Math.Min(words.Length, verbAt + phrase!.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new ActionVerbMatch(phrase, found, before, after);
    }

    /// <summary>The first word of the recommendation, for messages ("'Consider' asks only to think about it").</summary>
    public static string FirstWord(string text) => Normalise(text).Split(' ', 2)[0];

    /// <summary>The category, the phrase and where it starts in the normalised words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ActionCategory? Category, string? Phrase, int At) Find(string words)
    {
        var at = 0;
        foreach (var filler in Filler)
        {
            if (string.CompareOrdinal(words, at, filler, 0, filler.Length) == 0 && words.Length > at + filler.Length && words[at + filler.Length] == ' ')
            {
                at += filler.Length + 1;
            }
        }

        while (words.IndexOf(' ', at) is var space and > 0 && LeadingAdverbs.Contains(words[at..space]))
        {
            at = space + 1;
        }

        var wordEnd = words.IndexOf(' ', at) is var end and >= 0 ? end : words.Length;
        if (!ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words.AsSpan(at, wordEnd - at), out var candidates))
        {
            return (null, null, at);
        }

        foreach (var (phrase, category) in candidates)
        {
            if (string.CompareOrdinal(words, at, phrase, 0, phrase.Length) == 0
                && words.Length - at >= phrase.Length
                && (words.Length == at + phrase.Length || words[at + phrase.Length] == ' '))
            {
                return (category, phrase, at);
            }
        }

        return (null, null, at);
    }

    /// <summary>Lower-case letters, every other run of characters as one space, no leading or trailing space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Normalise(string text)
    {
        var result = new System.Text.StringBuilder(Math.Min(text.Length, OpeningLength + 1));
        foreach (var c in text)
        {
            if (result.Length >= OpeningLength)
            {
                break;
            }

            if (char.IsLetter(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().TrimEnd(' ');
    }
}
