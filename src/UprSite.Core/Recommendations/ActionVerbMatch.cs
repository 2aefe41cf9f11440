namespace UprSite.Core.Recommendations;

/// <summary>The verb phrase of McMahon's scale that opens a recommendation (lower case).</summary>
/// <param name="WordsBefore">How many words stand before the phrase (filler such as "To", adverbs such as "Seriously").</param>
/// <param name="WordsAfter">The words that follow the phrase, lower case, punctuation removed.</param>
public sealed record ActionVerbMatch(string Phrase, ActionCategory Category, int WordsBefore, IReadOnlyList<string> WordsAfter)
{
    public int PhraseWords => Phrase.Split(' ').Length;
}
