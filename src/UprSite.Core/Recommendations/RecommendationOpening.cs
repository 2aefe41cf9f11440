using System.Runtime.CompilerServices;

namespace UprSite.Core.Recommendations;

/// <summary>
/// The opening of a recommendation as lower-case words, with a comma token where a comma, semicolon or colon
/// separates clauses ("In line with …, adopt"); digits, hyphens and apostrophes separate words. It lives in buffers the
/// caller gives (on the stack), so that classifying a 40,000-row export allocates nothing per row.
/// </summary>
internal readonly ref struct RecommendationOpening
{
    /// <summary>The verb that decides the category stands in the opening characters; the rest need not be read.</summary>
    public const int Length = 200;

    private readonly ReadOnlySpan<char> letters;

    // Each token as its start in letters (low 16 bits) and its length (high 16 bits).
    private readonly ReadOnlySpan<int> tokens;

    private RecommendationOpening(ReadOnlySpan<char> letters, ReadOnlySpan<int> tokens)
    {
        this.letters = letters;
        this.tokens = tokens;
    }

    public int Count => tokens.Length;

    /// <summary>Reads the opening of <paramref name="text"/> into buffers of <see cref="Length"/> items each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RecommendationOpening Of(string text, Span<char> letters, Span<int> tokens)
    {
        var end = Math.Min(text.Length, Length);
        var (used, count, wordStart) = (0, 0, -1);
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                wordStart = wordStart < 0 ? used : wordStart;
                letters[used++] = char.ToLowerInvariant(c);
                continue;
            }

            if (wordStart >= 0)
            {
                tokens[count++] = wordStart | ((used - wordStart) << 16);
                wordStart = -1;
            }

            if (c is ',' or ';' or ':')
            {
                letters[used] = ',';
                tokens[count++] = used++ | (1 << 16);
            }
        }

        // A word cut at the end of the opening is not a word of the text.
        if (wordStart >= 0 && end == text.Length)
        {
            tokens[count++] = wordStart | ((used - wordStart) << 16);
        }

        return new RecommendationOpening(letters[..used], tokens[..count]);
    }

    public ReadOnlySpan<char> this[int index] => index < tokens.Length ? letters.Slice(tokens[index] & 0xFFFF, tokens[index] >> 16) : [];

    public bool Is(int index, string word) => this[index].SequenceEqual(word);

    public bool IsComma(int index) => Is(index, ",");

    /// <summary>How many words (commas not counted) stand before the token at <paramref name="index"/>.</summary>
    public int WordsBefore(int index)
    {
        var words = 0;
        for (var i = 0; i < Math.Min(index, Count); i++)
        {
            words += IsComma(i) ? 0 : 1;
        }

        return words;
    }

    /// <summary>The words from the token at <paramref name="index"/> on, commas left out.</summary>
    public IReadOnlyList<string> WordsFrom(int index)
    {
        var words = new List<string>();
        for (var i = index; i < Count; i++)
        {
            if (!IsComma(i))
            {
                words.Add(this[i].ToString());
            }
        }

        return words;
    }
}
