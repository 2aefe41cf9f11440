using System.Text.RegularExpressions;
using UprSite.Core.Reference;

namespace UprSite.Import.States;

/// <summary>
/// Splits a text naming co-sponsors ("Chile, Estonia and Slovenia", "Bosnia and Herzegovina, Trinidad and Tobago")
/// into States. The text is cut at every comma, semicolon, "&amp;" and "and", then the pieces are grouped back so that
/// as many pieces as possible belong to a known State, in as few names as possible: a separator inside a State's own
/// name ("Korea, Republic of") is kept. Names are resolved with <see cref="UnStates.Resolve"/>. A text that still
/// holds unknown names is cut at every space as well ("Chile Estonia Slovenia"), and that reading is kept only when
/// every word then belongs to a known name.
/// </summary>
public static partial class StateListSplitter
{
    /// <summary>No State's name, written any way, holds more than this many separated pieces.</summary>
    private const int MaxPiecesPerName = 4;

    /// <summary>No State's name has more words ("United Kingdom of Great Britain and Northern Ireland").</summary>
    private const int MaxWordsPerName = 8;

    public static StateList Split(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return StateList.Empty;
        }

        var whole = UnStates.Resolve(trimmed);
        if (whole.Kind != StateResolutionKind.Unrecognised)
        {
            return From([whole]);
        }

        var pieces = Pieces(trimmed, Separator());
        var grouping = pieces.Count == 1 ? [whole] : BestGrouping(trimmed, pieces, MaxPiecesPerName);
        if (grouping.Any(r => r.Kind == StateResolutionKind.Unrecognised))
        {
            var words = Pieces(trimmed, SeparatorOrSpace());
            if (words.Count > 1)
            {
                var byWords = BestGrouping(trimmed, words, MaxWordsPerName);
                if (byWords.All(r => r.Kind != StateResolutionKind.Unrecognised))
                {
                    return From(byWords);
                }
            }
        }

        return From(grouping);
    }

    private static StateList From(IEnumerable<StateResolution> names)
    {
        var list = names.ToList();
        return new(
            [.. list.Where(r => r.State is not null).Select(r => r.State!)],
            [.. list.Where(r => r.NonState is not null).Select(r => r.NonState!)],
            [.. list.Where(r => r.Kind == StateResolutionKind.Unrecognised).Select(r => new UnrecognisedState(r.Name, r.Nearest))]);
    }

    private static List<(int Start, int End)> Pieces(string text, Regex separators)
    {
        var pieces = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match separator in separators.Matches(text))
        {
            if (separator.Index > start)
            {
                pieces.Add((start, separator.Index));
            }

            start = separator.Index + separator.Length;
        }

        if (start < text.Length)
        {
            pieces.Add((start, text.Length));
        }

        return pieces;
    }

    /// <summary>Dynamic programming over the pieces: fewest pieces left unrecognised, then fewest names.</summary>
    private static List<StateResolution> BestGrouping(string text, List<(int Start, int End)> pieces, int maxPiecesPerName)
    {
        var count = pieces.Count;
        var best = new (int Unrecognised, int Names, int From, StateResolution? Last)[count + 1];
        best[0] = (0, 0, -1, null);
        for (var end = 1; end <= count; end++)
        {
            best[end] = (int.MaxValue, int.MaxValue, -1, null);
            for (var from = Math.Max(0, end - maxPiecesPerName); from < end; from++)
            {
                var name = text[pieces[from].Start..pieces[end - 1].End];
                var resolution = UnStates.Resolve(name);
                var unrecognised = best[from].Unrecognised + (resolution.Kind == StateResolutionKind.Unrecognised ? end - from : 0);
                var names = best[from].Names + 1;
                if (unrecognised < best[end].Unrecognised || (unrecognised == best[end].Unrecognised && names < best[end].Names))
                {
                    best[end] = (unrecognised, names, from, resolution);
                }
            }
        }

        var grouping = new List<StateResolution>();
        for (var end = count; end > 0; end = best[end].From)
        {
            grouping.Add(best[end].Last!);
        }

        grouping.Reverse();
        return grouping;
    }

    [GeneratedRegex(@"\s*(?:[,;&]|\band\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*(?:[,;&]|\band\b)\s*|\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorOrSpace();
}
