namespace UprSite.Build.Pages.Data;

/// <summary>
/// What a brief prints in full so that it keeps to two pages: the newest cycle's recommendations in full (texts,
/// responses, ratings with evidence) as far as the room goes, then each earlier cycle in full while all of it still
/// fits, else it and the older ones in figures only with the State page's address. Room is counted in lines of body text at the most compact
/// fit (10 pt on A4); the printed PDF is the final word (UPR0730 when a brief still takes more than two pages).
/// </summary>
public static class BriefSelection
{
    /// <summary>Lines two A4 pages hold at 10 pt for the recommendations and drafts, once the masthead, summary and members are set.</summary>
    public const int Lines = 88;

    /// <summary>The recommendations keep at least this much room, however long the drafts are.</summary>
    public const int MinimumRowLines = 44;

    /// <summary>A cycle's heading and figures line, or a cycle in figures only.</summary>
    public const int CycleLines = 3;

    private const int CharactersPerLine = 100;

    /// <summary>Khmer clusters are wider and its lines taller (print line height 1.72 against 1.3).</summary>
    private const int KhmerCharactersPerLine = 62;

    /// <summary>
    /// The share of the room left on a Khmer brief, whose labels, response and status lines are in Khmer's taller lines
    /// even where the recommendations are English (measured: 40 rows printed on three pages without it).
    /// </summary>
    private const double KhmerRoom = 0.78;

    /// <summary>The lines a text takes at the most compact fit.</summary>
    public static int LinesOf(string? text, bool khmer = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var perLine = khmer ? KhmerCharactersPerLine : CharactersPerLine;
        return (text.Length + perLine - 1) / perLine;
    }

    /// <summary>A recommendation's text, its line of response, reference and status, and its evidence (smaller type).</summary>
    public static int RowLines(string text, string? evidence) => LinesOf(text) + 1 + (int)Math.Ceiling(LinesOf(evidence) * 0.87);

    /// <summary>How many rows of each cycle (newest first, as <paramref name="rowLines"/> gives them) print in full.</summary>
    /// <param name="rowLines">Per cycle, newest first, the lines of each of its rows in page order.</param>
    /// <param name="draftLines">The lines the coalition's drafts take.</param>
    /// <param name="khmer">The brief's own words are Khmer.</param>
    public static IReadOnlyList<int> InFull(IReadOnlyList<IReadOnlyList<int>> rowLines, int draftLines, bool khmer = false)
    {
        var room = (int)(Math.Max(MinimumRowLines, Lines - draftLines) * (khmer ? KhmerRoom : 1));
        var shown = new List<int>(rowLines.Count);
        for (var i = 0; i < rowLines.Count; i++)
        {
            room -= CycleLines;
            var cycle = rowLines[i];
            if (i == 0)
            {
                // The newest cycle: in page order while there is room, and always its first recommendation.
                var taken = 0;
                while (taken < cycle.Count && (taken == 0 || cycle[taken] <= room))
                {
                    room -= cycle[taken];
                    taken++;
                }

                shown.Add(taken);
                continue;
            }

            // Once a cycle is in figures only, so are the older ones: the brief reads back in time without gaps.
            var all = cycle.Sum();
            var fits = all <= room && shown[^1] == rowLines[i - 1].Count;
            shown.Add(fits ? cycle.Count : 0);
            room -= fits ? all : 0;
        }

        return shown;
    }
}
