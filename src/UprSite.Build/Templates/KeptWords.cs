using System.Text;

namespace UprSite.Build.Templates;

/// <summary>
/// Table text on a page in a language written without spaces between words (Khmer): each space-separated run in a
/// <c>&lt;span class="kw"&gt;</c>, which the theme keeps on one line (site.css). The browser's line breaker finds
/// Khmer words with a dictionary that knows no transliterated names, so left alone it breaks "អាស៊ែបៃហ្សង់"
/// (Azerbaijan) after two letters; a run is what the writer meant to stand together. A run of digits stays with the
/// word before it ("វដ្តទី ៤", cycle 4). In other languages the text is only escaped.
/// </summary>
public static class KeptWords
{
    /// <summary>Languages whose scripts put no spaces between words (the line breaker uses a dictionary).</summary>
    private static readonly HashSet<string> Unspaced = ["km", "lo", "my", "th"];

    public const string ClassName = "kw";

    public static bool Applies(string languageCode) => Unspaced.Contains(languageCode);

    public static RawHtml Html(string? text, string languageCode)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new RawHtml(string.Empty);
        }

        if (!Applies(languageCode))
        {
            return new RawHtml(HtmlText.Encode(text));
        }

        var html = new StringBuilder(text.Length * 2);
        foreach (var run in Runs(text))
        {
            if (run.IsSpace)
            {
                html.Append(run.Text);
            }
            else
            {
                html.Append("<span class=\"").Append(ClassName).Append("\">").Append(HtmlText.Encode(run.Text)).Append("</span>");
            }
        }

        return new RawHtml(html.ToString());
    }

    /// <summary>The text cut at its spaces into runs and the spaces between them; a number joins the run before it.</summary>
    public static IReadOnlyList<(string Text, bool IsSpace)> Runs(string text)
    {
        var pieces = new List<(string Text, bool IsSpace)>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || IsBreakingSpace(text[i]) != IsBreakingSpace(text[start]))
            {
                pieces.Add((text[start..i], IsBreakingSpace(text[start])));
                start = i;
            }
        }

        var runs = new List<(string Text, bool IsSpace)>();
        foreach (var piece in pieces)
        {
            if (!piece.IsSpace && IsNumber(piece.Text) && runs.Count >= 2 && !runs[^2].IsSpace)
            {
                var space = runs[^1].Text;
                runs.RemoveAt(runs.Count - 1);
                runs[^1] = (runs[^1].Text + space + piece.Text, false);
            }
            else
            {
                runs.Add(piece);
            }
        }

        return runs;
    }

    // A no-break space already joins what it stands between; only the spaces a line may break at cut runs.
    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00a0' or '\u202f' or '\u2007');

    private static bool IsNumber(string run) => run.Any(char.IsDigit) && run.All(c => char.IsDigit(c) || c is '.' or ',' or '%');
}
