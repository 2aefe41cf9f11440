namespace UprSite.Core.Recommendations;

/// <summary>A set of lower-case words, given space-separated, looked up with a span of the opening.</summary>
internal sealed class WordSet(string spaceSeparated)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup =
        new HashSet<string>(spaceSeparated.Split(' '), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
