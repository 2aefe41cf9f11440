using System.Text.RegularExpressions;

namespace UprSite.Import.Layouts;

/// <summary>
/// The canonical <c>sdgs</c> cell split into its goals: at <c>;</c> and line breaks; and at commas or spaces only
/// where every part is a number ("16, 5", "16.10 16.a"), so that a goal written with its name, which has commas and
/// spaces of its own ("16. Peace, justice and strong institutions", or the name alone), stays one item.
/// </summary>
public static partial class SdgList
{
    public static IReadOnlyList<Cell> Split(Cell? cell) =>
        HeaderNames.SplitList(cell, ';', '\n', '\r')
            .SelectMany(part => NumbersOnly().IsMatch(part.Value)
                ? Code().Matches(part.Value).Select(m => part with { Value = m.Value })
                : [part])
            .ToList();

    private const string OneCode = @"(?:(?:goal|sdg|target)\s*)?[0-9]{1,2}(?:\.(?:[0-9]{1,2}|[a-z]))?(?![0-9a-z.])";

    [GeneratedRegex(@"^\s*" + OneCode + @"(?:\s*[,\s]\s*" + OneCode + @")*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumbersOnly();

    [GeneratedRegex(OneCode, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
