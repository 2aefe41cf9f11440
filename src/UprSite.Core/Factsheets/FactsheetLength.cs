namespace UprSite.Core.Factsheets;

/// <summary>
/// Estimates how much room a factsheet's text takes in print, counted in words. Khmer is written without spaces
/// between words, so a run of Khmer letters counts as one word per <see cref="KhmerLettersPerWord"/> letters.
/// </summary>
public static class FactsheetLength
{
    /// <summary>Khmer letters (consonants, vowels, signs) in an average word, measured on the sample factsheets.</summary>
    public const int KhmerLettersPerWord = 6;

    /// <summary>
    /// Words of body text one printed page holds beside the header, lists and footer: the sample factsheets print
    /// about 550 words per A4 page in English, French and Khmer.
    /// </summary>
    public const int WordsPerPage = 550;

    /// <summary>30 % more than the pages hold: the text cannot fit whatever the layout, so warn before printing.</summary>
    public static int ClearlyTooLong(int maxPages) => maxPages * WordsPerPage * 13 / 10;

    public static int Words(string text)
    {
        var words = 0;
        var khmerLetters = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsKhmer(c))
            {
                khmerLetters++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                }

                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return words + (khmerLetters + KhmerLettersPerWord - 1) / KhmerLettersPerWord;
    }

    private static bool IsKhmer(char c) => c is >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF';
}
