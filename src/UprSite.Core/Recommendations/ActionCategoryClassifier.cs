using System.Runtime.CompilerServices;

namespace UprSite.Core.Recommendations;

/// <summary>
/// Classifies a recommendation by its first verb on McMahon's scale (DESIGN §4), as UPR Info's coders do:
/// <list type="bullet">
/// <item>what stands before the verb is looked through: filler ("That the Government", "To"), a subject and its modal
/// ("The State should"), adverbs ("Seriously consider", "Fully and effectively implement"), an opening clause up to
/// its comma ("In line with …, adopt"), a passive ("That the law be revised");</item>
/// <item>"Take steps to", "Continue its efforts to" keep the category of their own verb, as the scale says; "Seek to"
/// takes the category of the verb it leads to;</item>
/// <item>verbs joined by "and"/"or" give the strongest category ("Continue and strengthen");</item>
/// <item>a verb of specific action on a noun of broad action asks for general action ("Adopt measures to"), and any
/// verb on a review ("Undertake a comprehensive review") asks for considering action.</item>
/// </list>
/// </summary>
public static class ActionCategoryClassifier
{
    /// <summary>How far past the start of the opening a subject may run before its modal ("The Government of X should").</summary>
    private const int SubjectWords = 12;

    /// <summary>How many qualifying words may stand between a verb and the noun it acts on.</summary>
    private const int ObjectWords = 5;

    private static readonly string[][] Filler = [["that", "the", "government"], ["that", "the", "state"], ["the", "government", "should"], ["to"], ["should"], ["please"]];

    /// <summary>The category of the recommendation's verb; null when no verb of the scale is found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ActionCategory? Classify(string text)
    {
        Span<char> letters = stackalloc char[RecommendationOpening.Length];
        Span<int> tokens = stackalloc int[RecommendationOpening.Length];
        return Analyse(RecommendationOpening.Of(text, letters, tokens))?.Category;
    }

    /// <summary>
    /// The verb phrase of the scale that opens the recommendation, with the number of words before it (filler,
    /// adverbs, an opening clause) and the words after it, lower case, and the category of the whole recommendation;
    /// null when no verb of the scale is found.
    /// </summary>
    public static ActionVerbMatch? Match(string text)
    {
        Span<char> letters = stackalloc char[RecommendationOpening.Length];
        Span<int> tokens = stackalloc int[RecommendationOpening.Length];
        var words = RecommendationOpening.Of(text, letters, tokens);
        return Analyse(words) is { } found
            ? new ActionVerbMatch(found.Verb.Phrase.Text, found.Category, words.WordsBefore(found.Verb.Start), words.WordsFrom(found.Verb.End))
            : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (VerbAt Verb, ActionCategory Category)? Analyse(RecommendationOpening words)
    {
        if (Opening(words) is not { } verb)
        {
            return null;
        }

        var (category, end) = (verb.Phrase.Category, verb.End);
        if (verb.Phrase.Text == "seek" && LeadsTo(words, end) is { } aim)
        {
            (category, end) = (aim.Phrase.Category, aim.End);
        }

        while ((words.Is(end, "and") || words.Is(end, "or")) && Head(words, end + 1) is { } joined)
        {
            (category, end) = ((ActionCategory)Math.Max((int)category, (int)joined.Phrase.Category), joined.End);
        }

        if (category == ActionCategory.Specific && ActionWords.BroadActions.Contains(words[NounAfter(words, end, false)]))
        {
            category = ActionCategory.General;
        }

        if (ActionWords.Reviews.Contains(words[NounAfter(words, end, true)]))
        {
            category = ActionCategory.Considering;
        }

        return (verb, category);
    }

    /// <summary>The verb that opens the recommendation once filler, an opening clause or a subject is passed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static VerbAt? Opening(RecommendationOpening words)
    {
        var at = 0;
        foreach (var filler in Filler)
        {
            var matches = true;
            for (var k = 0; matches && k < filler.Length; k++)
            {
                matches = words.Is(at + k, filler[k]);
            }

            at += matches ? filler.Length : 0;
        }

        if (Head(words, at) is { } verb)
        {
            return verb;
        }

        var first = words[at];
        if (ActionWords.Introductions.Contains(first) || first.EndsWith("ing"))
        {
            for (var i = at; i < words.Count; i++)
            {
                if (words.IsComma(i) && Head(words, i + 1) is { } afterClause)
                {
                    return afterClause;
                }
            }

            return null;
        }

        var subjunctive = first.SequenceEqual("that");
        for (var i = at + 1; i < Math.Min(words.Count, at + SubjectWords) && !words.IsComma(i); i++)
        {
            if (ActionWords.Modals.Contains(words[i]) || ActionWords.Be.Contains(words[i]) || (subjunctive && ActionVerbs.At(words, i) is not null))
            {
                return Head(words, i);
            }
        }

        return null;
    }

    /// <summary>The verb (or passive participle) at <paramref name="at"/>, adverbs and modals before it passed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static VerbAt? Head(RecommendationOpening words, int at)
    {
        at = SkipAdverbs(words, at);
        if (ActionVerbs.At(words, at) is { } phrase)
        {
            return new VerbAt(phrase, at, at + phrase.Words.Length);
        }

        if (!ActionWords.Be.Contains(words[at]))
        {
            return null;
        }

        var participle = SkipAdverbs(words, at + 1);
        return ActionVerbs.ParticipleAt(words, participle) is { } passive ? new VerbAt(passive, participle, participle + passive.Words.Length) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SkipAdverbs(RecommendationOpening words, int at)
    {
        while (at < words.Count)
        {
            var word = words[at];
            if (ActionWords.IsAdverb(word) || ActionWords.Modals.Contains(word) || word.SequenceEqual("not"))
            {
                at++;
            }
            else if (word.SequenceEqual("do") && words.Is(at + 1, "not"))
            {
                at += 2;
            }
            else if ((word.SequenceEqual("and") || word.SequenceEqual("or") || words.IsComma(at))
                && at > 0 && ActionWords.IsAdverb(words[at - 1]) && ActionWords.IsAdverb(words[at + 1]))
            {
                at++;
            }
            else
            {
                break;
            }
        }

        return at;
    }

    /// <summary>The verb "Seek to" leads to ("Seek all possible means to" is not a lead); null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static VerbAt? LeadsTo(RecommendationOpening words, int end)
    {
        var at = end;
        while (at < words.Count && at < end + ObjectWords && ActionWords.LeadFillers.Contains(words[at]))
        {
            at++;
        }

        return words.Is(at, "to") ? Head(words, at + 1) : null;
    }

    /// <summary>Where the noun a verb acts on stands: past articles and adjectives (and those of a review).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NounAfter(RecommendationOpening words, int end, bool review)
    {
        var at = end;
        while (at < words.Count && at < end + ObjectWords
            && (ActionWords.ObjectQualifiers.Contains(words[at]) || (review && ActionWords.ReviewQualifiers.Contains(words[at]))))
        {
            at++;
        }

        return at;
    }
}
