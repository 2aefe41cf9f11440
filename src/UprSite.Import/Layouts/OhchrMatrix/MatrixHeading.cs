using System.Globalization;
using System.Text.RegularExpressions;
using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// The review a matrix names in its page heading: "UPR of Slovenia (2nd Cycle – 20th session)" is Slovenia's review in
/// the second cycle, at the Working Group's 20th session.
/// </summary>
/// <param name="Text">The heading as written, for messages.</param>
/// <param name="StateName">The State as written ("Slovenia").</param>
/// <param name="State">That State in the UN reference data; null when the name is none.</param>
public sealed partial record MatrixHeading(string Text, string StateName, UnState? State, int Cycle, int Session)
{
    /// <summary>The first heading line naming a review; null when none does.</summary>
    public static MatrixHeading? Find(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var match = Review().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var cycle = int.Parse(match.Groups["cycle"].Value, CultureInfo.InvariantCulture);
            var session = int.Parse(match.Groups["session"].Value, CultureInfo.InvariantCulture);
            var name = match.Groups["state"].Value.Trim();
            return new MatrixHeading(match.Value.Trim(), name, UnStates.Resolve(name).State, cycle, session);
        }

        return null;
    }

    [GeneratedRegex(
        @"UPR\s+of\s+(?:the\s+)?(?<state>[^()]+?(?:\([^()]*\)[^()]*?)?)\s*\(\s*(?<cycle>[1-9])\s*(?:st|nd|rd|th)?\s+cycle\s*[-–—,;]?\s*(?<session>[0-9]{1,2})\s*(?:st|nd|rd|th)?\s+session\s*\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Review();
}
