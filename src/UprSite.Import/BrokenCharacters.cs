using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Text;

namespace UprSite.Import;

/// <summary>
/// Cells holding U+FFFD, the replacement character: a letter the source lost before the file was made (DIHR's export
/// writes "C\uFFFDte d'Ivoire"), which no decoding here produces, since every byte of a text file maps to a character.
/// Reported once per file (UPR0563), at the first such cell, with the first few and a count of the rest.
/// </summary>
public sealed class BrokenCharacters
{
    public const char Replacement = '\uFFFD';

    private const int Shown = 3;
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
        if (_first.Count < Shown)
        {
            _first.Add((line, column, ExcerptAround(cell, at)));
        }
    }

    public void Report(RowReporter reporter)
    {
        if (Cells == 0)
        {
            return;
        }

        var places = string.Join("; ", _first.Select(f => string.Create(CultureInfo.InvariantCulture, $"line {f.Line}, column {f.Column}: '{f.Excerpt}'")));
        var more = Cells > _first.Count
            ? string.Create(CultureInfo.InvariantCulture, $"; and {Cells - _first.Count} more")
            : string.Empty;
        reporter.Warning(DiagnosticCodes.BrokenCharacterInSource,
            $"{CountedNoun.Of(Cells, "cell", "cells")} of this file {CountedNoun.Agree(Cells, "holds", "hold")} the replacement character {Replacement} (U+FFFD): "
            + $"the source itself holds a broken character there, a letter lost before the file was made, and pages would show it as it is ({places}{more}). "
            + "Write the right letter in the file (for example 'Côte d'Ivoire'), or ask the source for a corrected file",
            _first[0].Line, _first[0].Column);
    }

    private static string ExcerptAround(string cell, int at)
    {
        var start = Math.Max(0, at - ExcerptRadius);
        var end = Math.Min(cell.Length, at + ExcerptRadius);
        return (start > 0 ? "…" : string.Empty) + cell[start..end].ReplaceLineEndings(" ") + (end < cell.Length ? "…" : string.Empty);
    }
}
