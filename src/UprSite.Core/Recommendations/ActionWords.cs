using System.Runtime.CompilerServices;

namespace UprSite.Core.Recommendations;

/// <summary>The words around the verb of a recommendation that the classifier looks through or looks at.</summary>
internal static class ActionWords
{
    /// <summary>Adverbs that stand before the verb ("Further strengthen", "Seriously consider", "Re-establish").</summary>
    public static readonly WordSet Adverbs = new(
        "actively again also always better carefully consistently continuously duly effectively expeditiously favorably " +
        "favourably firmly formally fully further genuinely gradually immediately independently more now officially once " +
        "positively progressively promptly properly rapidly re resolutely seriously soon speedily still strictly swiftly " +
        "systematically thoroughly together urgently vigorously");

    /// <summary>Verbs that end in "-ly" like an adverb.</summary>
    public static readonly WordSet LyVerbs = new("ally apply comply multiply rally rely reply supply tally");

    /// <summary>Words between the subject and the verb ("The Government should", "to", "Please").</summary>
    public static readonly WordSet Modals = new("can could kindly may must please shall should to will would");

    /// <summary>Forms of "be" that open a passive ("That the law be revised").</summary>
    public static readonly WordSet Be = new("are be is");

    /// <summary>Words that open a clause standing before the verb ("In line with …, adopt"; "Bearing in mind …, seek").</summary>
    public static readonly WordSet Introductions = new(
        "according after as at based bearing before by concerning consistent during following for from given guided in " +
        "mindful noting on pursuant regarding through toward towards under upon when while with within");

    /// <summary>Articles and adjectives that stand between a verb and the noun it acts on ("adopt all necessary measures").</summary>
    public static readonly WordSet ObjectQualifiers = new(
        "a active additional adequate all an and any appropriate broad clear comprehensive concrete decisive effective " +
        "firm further genuine greater immediate its meaningful measurable more national necessary needed new ongoing or " +
        "positive possible practical proper real relevant renewed required resolute robust serious specific strong " +
        "stronger such sufficient sustained tangible targeted the their urgent vigorous wide");

    /// <summary>
    /// Nouns of broad action: a verb of specific action on them ("adopt measures", "develop a strategy") asks for
    /// general action, as "take measures" does.
    /// </summary>
    public static readonly WordSet BroadActions = new(
        "actions activities approach effort efforts initiatives measure measures policies policy reforms resources step " +
        "steps strategies strategy");

    /// <summary>Nouns of thinking about it: "undertake a review", "give due consideration" ask for considering action.</summary>
    public static readonly WordSet Reviews = new(
        "analysis assessment assessments consideration evaluation examination review reviews studies study");

    /// <summary>Adjectives of a review ("a thorough, in-depth review", "favourable consideration").</summary>
    public static readonly WordSet ReviewQualifiers = new(
        "careful comprehensive depth detailed due favorable favourable full in independent periodic positive priority " +
        "ranging serious systematic thorough urgent wide");

    /// <summary>Words that lead to the verb they stand before ("seek to", "seek all possible efforts to"), lower case.</summary>
    public static readonly WordSet LeadFillers = new("all effort efforts every further its necessary possible the their");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsAdverb(ReadOnlySpan<char> word) =>
        Adverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly") && !LyVerbs.Contains(word));
}
