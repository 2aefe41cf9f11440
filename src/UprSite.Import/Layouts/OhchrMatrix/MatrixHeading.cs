using System.Globalization;
using System.Text.RegularExpressions;
using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// The review a matrix names in its page heading: "UPR of Slovenia (2nd Cycle – 20th session)" is Slovenia's review in
/// the second cycle, at the Working Group's 20th session. The title of the matrix this tool writes ("Kenya: Universal
/// Periodic Review, cycle 1: matrix …", with "Working Group session 8, …" on the line below when country.yml gives
/// the session) names it too, so that the site's own matrix reads back into its cycle.
/// </summary>
/// <param name="Text">The heading as written, for messages.</param>
/// <param name="StateName">The State as written ("Slovenia").</param>
/// <param name="State">That State in the UN reference data; null when the name is none.</param>
/// <param name="Session">The Working Group session; null when the heading names none.</param>
public sealed partial record MatrixHeading(string Text, string StateName, UnState? State, int Cycle, int? Session)
{
    /// <summary>The first heading line naming a review; null when none does.</summary>
    public static MatrixHeading? Find(IEnumerable<string> lines)
    {
        var all = lines.ToList();
        foreach (var line in all)
        {
            var match = Review().Match(line);
            if (match.Success)
            {
                return Of(match, Number(match, "session"));
            }
        }

        foreach (var line in all)
        {
            var match = OwnTitle().Match(line);
            if (match.Success)
            {
                var session = all.Select(l => OwnSession().Match(l)).FirstOrDefault(m => m.Success);
                return Of(match, session is null ? null : Number(session, "session"));
            }
        }

        return null;
    }

    private static MatrixHeading Of(Match match, int? session)
    {
        var name = match.Groups["state"].Value.Trim();
        return new MatrixHeading(match.Value.Trim(), name, UnStates.Resolve(name).State, Number(match, "cycle"), session);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"UPR\s+of\s+(?:the\s+)?(?<state>[^()]+?(?:\([^()]*\)[^()]*?)?)\s*\(\s*(?<cycle>[1-9])\s*(?:st|nd|rd|th)?\s+cycle\s*[-–—,;]?\s*(?<session>[0-9]{1,2})\s*(?:st|nd|rd|th)?\s+session\s*\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Review();

    [GeneratedRegex(@"^(?<state>[^:]+):\s*Universal Periodic Review,\s*cycle\s+(?<cycle>[1-9]):", RegexOptions.CultureInvariant)]
    private static partial Regex OwnTitle();

    [GeneratedRegex(@"^Working Group session\s+(?<session>[0-9]{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSession();
}
