using System.Text.RegularExpressions;
using UprSite.Import.States;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// Reads a recommendation cell: "186.28. Continue its efforts … (Mongolia);" then "Source of position: …". The
/// paragraph number may be written "186.28.", "186.28" or "Para. 186.28"; lines under "Affected persons:" are that
/// list; "Recommending State(s):" lines (one after each clause when the clauses came from different States), or a
/// last line that names only States, give the States. "Source of position:" may also follow the text on the same line.
/// </summary>
public static partial class RecommendationCellReader
{
    public static RecommendationCell Read(IReadOnlyList<string> lines)
    {
        var text = new List<string>();
        var affected = new List<string>();
        PositionSource? source = null;
        string? states = null;
        var inAffected = false;
        foreach (var line in lines.SelectMany(SourceOnItsOwnLine))
        {
            if (CellLabels.After(line, CellLabels.SourceOfPosition) is { } where)
            {
                source = PositionSource.Parse(where);
                inAffected = false;
            }
            else if (CellLabels.AfterAffectedPersons(line) is { } first)
            {
                inAffected = true;
                affected.AddRange(SplitItems(first));
            }
            else if (CellLabels.After(line, CellLabels.RecommendingStates) is { } named)
            {
                states = states is null ? named : $"{states}; {named}";
                inAffected = false;
            }
            else if (inAffected && CellLabels.ListItem(line) is { } item)
            {
                affected.Add(item);
            }
            else
            {
                inAffected = false;
                text.Add(line);
            }
        }

        var paragraph = TakeParagraphNumber(text);
        if (states is null && text.Count > 1 && StateListSplitter.Split(text[^1]).IsOnlyStates)
        {
            states = text[^1];
            text.RemoveAt(text.Count - 1);
        }

        return new RecommendationCell(paragraph, text, source, affected, states);
    }

    /// <summary>A "Source of position:" written on the text's own line is read as a line of its own.</summary>
    private static IEnumerable<string> SourceOnItsOwnLine(string line)
    {
        var at = line.IndexOf("Source of position", StringComparison.OrdinalIgnoreCase);
        return at > 0 ? [line[..at].TrimEnd(), line[at..]] : [line];
    }

    /// <summary>The paragraph number a cell of its own holds ("186.28", "Para. 186.28."); null when none.</summary>
    public static string? ParagraphNumberOf(string text)
    {
        var match = ParagraphNumber().Match(text.Trim());
        return match.Success ? match.Groups["number"].Value : null;
    }

    /// <summary>Items written on the label's own line: one item (affected-person names hold commas of their own).</summary>
    private static IEnumerable<string> SplitItems(string rest) =>
        rest.Length == 0 ? [] : [CellLabels.ListItem(rest) ?? rest];

    private static string? TakeParagraphNumber(List<string> text)
    {
        if (text.Count == 0)
        {
            return null;
        }

        var match = ParagraphNumber().Match(text[0]);
        if (!match.Success)
        {
            return null;
        }

        var rest = text[0][match.Length..].Trim();
        if (rest.Length == 0)
        {
            text.RemoveAt(0);
        }
        else
        {
            text[0] = rest;
        }

        return match.Groups["number"].Value;
    }

    [GeneratedRegex(@"^(?:(?:para(?:graph)?|rec(?:ommendation)?)\.?\s*(?:no\.?\s*)?)?(?<number>[0-9]{1,3}(?:\.[0-9]{1,3}){1,2})(?![0-9])\.?(?:\s+|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphNumber();
}
