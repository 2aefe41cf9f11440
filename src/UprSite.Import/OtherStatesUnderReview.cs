using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Reference;
using UprSite.Core.Text;

namespace UprSite.Import;

/// <summary>
/// The rows of a file whose State under Review is not the country's, by spelling, each at the first cell it is in; and
/// what they say once the file is read: a spelling that is no State (misspelt, or unknown) is warned about where it is
/// (UPR0562) with the nearest States, when the file gave the country nothing or the spelling is nearest to the country;
/// a file that gave the country no row says which States it holds (UPR0511).
/// </summary>
public sealed class OtherStatesUnderReview(string countryCode, string countryName)
{
    private const int ShownStates = 8;
    private const int WarnedSpellings = 5;

    private readonly Dictionary<string, Seen> _spellings = new(StringComparer.Ordinal);

    public int Rows { get; private set; }

    public void Add(string spelling, int line, int column)
    {
        Rows++;
        if (_spellings.TryGetValue(spelling, out var seen))
        {
            seen.Rows++;
        }
        else
        {
            _spellings[spelling] = new Seen(line, column, UnStates.Resolve(spelling)) { Rows = 1 };
        }
    }

    /// <summary>The located warnings for spellings that are no State; true when there were any.</summary>
    public bool ReportUnknown(RowReporter reporter, bool countryGotNothing)
    {
        var country = UnStates.ByAlpha2(countryCode);
        var name = country?.EnglishName ?? countryName;
        var warned = 0;
        foreach (var (spelling, seen) in _spellings.Where(s => !s.Value.Resolution.IsState))
        {
            var nearest = UnStates.Closest(spelling);
            if (!countryGotNothing && (country is null || nearest.FirstOrDefault() != country.EnglishName))
            {
                continue;
            }

            if (++warned > WarnedSpellings)
            {
                continue;
            }

            var they = CountedNoun.Agree(seen.Rows, "it is", "they are");
            reporter.Warning(DiagnosticCodes.UnknownStateUnderReview,
                $"State under Review '{spelling}' is no UN member or observer State{RowsOf(seen)}, so "
                + $"{CountedNoun.Agree(seen.Rows, "this row is", "these rows are")} not counted for {name}; the nearest States are "
                + $"{string.Join(", ", nearest)}. If {they} {name}'s, write '{name}' in this column, or add '{spelling}' "
                + $"under 'aliases' in countries/{countryCode.ToLowerInvariant()}/country.yml; if {they} another State's, write its UN name",
                seen.Line, seen.Column);
        }

        if (warned > WarnedSpellings)
        {
            reporter.Warning(DiagnosticCodes.UnknownStateUnderReview,
                $"{CountedNoun.Of(warned - WarnedSpellings, "more spelling", "more spellings")} of the State under Review {CountedNoun.Agree(warned - WarnedSpellings, "is", "are")} no known State either (not listed one by one)");
        }

        return warned > 0;
    }

    /// <summary>"Thailand (12 rows), 'Kambodscha X' (11 rows, no known State)": what the file holds, most rows first.</summary>
    public string Held()
    {
        var held = _spellings
            .GroupBy(s => s.Value.Resolution.State?.EnglishName ?? $"'{s.Key}'")
            .Select(g => (Name: g.Key, Rows: g.Sum(s => s.Value.Rows), Known: g.First().Value.Resolution.IsState))
            .OrderByDescending(h => h.Rows)
            .ThenBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        var shown = held.Take(ShownStates).Select(h => $"{h.Name} ({CountedNoun.Of(h.Rows, "row", "rows")}{(h.Known ? string.Empty : ", no known State")})");
        var more = held.Count > ShownStates
            ? string.Create(CultureInfo.InvariantCulture, $" and {held.Count - ShownStates} more")
            : string.Empty;
        return string.Join(", ", shown) + more;
    }

    /// <summary>Where the first row of another State is (line, column), for the file-wide warning.</summary>
    public (int Line, int Column) First() =>
        _spellings.Count == 0 ? (0, 0) : _spellings.Values.Select(s => (s.Line, s.Column)).Min();

    private static string RowsOf(Seen seen) => seen.Rows == 1
        ? string.Empty
        : $" (on {CountedNoun.Of(seen.Rows, "row", "rows")}, the first here)";

    private sealed record Seen(int Line, int Column, StateResolution Resolution)
    {
        public int Rows { get; set; }
    }
}
