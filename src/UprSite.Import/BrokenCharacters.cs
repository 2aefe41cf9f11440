using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Text;

namespace UprSite.Import;

/// <summary>
/// Cells holding U+FFFD, the replacement character: a letter the source lost before the file was made (DIHR's export
/// writes "C\uFFFDte d'Ivoire"), which no decoding here produces, since every byte of a text file maps to a character.
/// One warning per cell (UPR0563), at its line and column, which also says what the merge with another source does
/// with it; past <see cref="Shown"/> cells, one more warning counts the rest.
/// </summary>
public sealed class BrokenCharacters
{
    public const char Replacement = '\uFFFD';

    private const int Shown = 10;
    private const int ExcerptRadius = 20;

    private readonly List<(int Line, int Column, string Excerpt)> _first = [];

    public int Cells { get; private set; }

    /// <summary>Looks at one row's cells (0-based in <paramref name="cells"/>; columns are reported 1-based).</summary>
    public void Scan(int line, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            Scan(line, i + 1, cells[i]);
        }
    }

    public void Scan(int line, int column, string cell)
    {
        var at = cell.IndexOf(Replacement);
        if (at < 0)
        {
            return;
        }

        Cells++;
        if (_first.Count <= Shown)
        {
            _first.Add((line, column, ExcerptAround(cell, at)));
        }
    }

    public void Report(RowReporter reporter)
    {
        foreach (var (line, column, excerpt) in _first.Take(Shown))
        {
            reporter.Warning(DiagnosticCodes.BrokenCharacterInSource,
                $"this cell holds the replacement character {Replacement} (U+FFFD) in '{excerpt}': the source itself lost a letter there before the file was made. "
                + "The cell is kept as written; if another file of this country holds the same recommendation, the two are still recognised as one "
                + $"(the {Replacement} standing for up to two letters) and the site shows that file's text, else pages show the {Replacement}. "
                + "Write the right letter in the file (for example 'Côte d'Ivoire'), or ask the source for a corrected file",
                line, column);
        }

        if (Cells > Shown)
        {
            var (line, column, _) = _first[Shown];
            reporter.Warning(DiagnosticCodes.BrokenCharacterInSource,
                $"{CountedNoun.Of(Cells - Shown, "more cell", "more cells")} of this file, from this one on, {CountedNoun.Agree(Cells - Shown, "holds", "hold")} the replacement character {Replacement} (U+FFFD), as the {Shown.ToString(CultureInfo.InvariantCulture)} above do; "
                + "search the file for it and write the right letters",
                line, column);
        }
    }

    private static string ExcerptAround(string cell, int at)
    {
        var start = Math.Max(0, at - ExcerptRadius);
        var end = Math.Min(cell.Length, at + ExcerptRadius);
        return (start > 0 ? "…" : string.Empty) + cell[start..end].ReplaceLineEndings(" ") + (end < cell.Length ? "…" : string.Empty);
    }
}
