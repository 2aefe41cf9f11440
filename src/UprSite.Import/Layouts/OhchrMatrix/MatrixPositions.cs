using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// The words matrices write for a position, compared folded (case, accents and punctuation ignored, so
/// "Supported/Noted" is "supported noted"). A value opening with a known word and going on with a remark
/// ("Supported, already implemented") takes that word's position, unless the remark says "in part" or "not".
/// </summary>
public static class MatrixPositions
{
    private static readonly Dictionary<string, MatrixPosition> Exact = new(StringComparer.Ordinal)
    {
        ["supported"] = MatrixPosition.Supported,
        ["accepted"] = MatrixPosition.Supported,
        ["agreed"] = MatrixPosition.Supported,
        ["appuyee"] = MatrixPosition.Supported,
        ["acceptee"] = MatrixPosition.Supported,
        ["noted"] = MatrixPosition.Noted,
        ["not supported"] = MatrixPosition.Noted,
        ["not accepted"] = MatrixPosition.Noted,
        ["rejected"] = MatrixPosition.Noted,
        ["taken note"] = MatrixPosition.Noted,
        ["took note"] = MatrixPosition.Noted,
        ["notee"] = MatrixPosition.Noted,
        ["prise en note"] = MatrixPosition.Noted,
        ["rejetee"] = MatrixPosition.Noted,
        ["supported noted"] = MatrixPosition.PartlySupported,
        ["accepted noted"] = MatrixPosition.PartlySupported,
        ["noted supported"] = MatrixPosition.PartlySupported,
        ["supported in part"] = MatrixPosition.PartlySupported,
        ["accepted in part"] = MatrixPosition.PartlySupported,
        ["partially supported"] = MatrixPosition.PartlySupported,
        ["partially accepted"] = MatrixPosition.PartlySupported,
        ["partly supported"] = MatrixPosition.PartlySupported,
        ["partly accepted"] = MatrixPosition.PartlySupported,
        ["supported partially"] = MatrixPosition.PartlySupported,
        ["supported in part noted in part"] = MatrixPosition.PartlySupported,
        ["appuyee en partie"] = MatrixPosition.PartlySupported,
        ["partiellement appuyee"] = MatrixPosition.PartlySupported,
        ["pending"] = MatrixPosition.Pending,
        ["pending response"] = MatrixPosition.Pending,
        ["under consideration"] = MatrixPosition.Pending,
        ["en attente"] = MatrixPosition.Pending,
        ["voluntary pledge"] = MatrixPosition.VoluntaryPledge,
        ["voluntary pledges"] = MatrixPosition.VoluntaryPledge,
        ["pledge"] = MatrixPosition.VoluntaryPledge,
        ["voluntary commitment"] = MatrixPosition.VoluntaryPledge,
        ["engagement volontaire"] = MatrixPosition.VoluntaryPledge,
    };

    private static readonly string[] Qualifiers = ["in part", "partial", "partly", "not ", "noted", "en partie", "partiel"];

    /// <summary>Every word this reads, for messages.</summary>
    public static string KnownValues => "Supported, Noted, Supported/Noted (or Supported in part), Pending; Accepted, Not supported, Rejected; Voluntary pledge";

    /// <summary>The position; null when the text is none of the known values.</summary>
    public static MatrixPosition? Parse(string? text)
    {
        var folded = NameFolding.Fold(text);
        if (Exact.TryGetValue(folded, out var position))
        {
            return position;
        }

        var firstWord = folded.Split(' ')[0];
        if (!Exact.TryGetValue(firstWord, out position) || position == MatrixPosition.PartlySupported)
        {
            return null;
        }

        var remark = folded[firstWord.Length..];
        return Qualifiers.Any(q => remark.Contains(q, StringComparison.Ordinal)) ? null : position;
    }
}
