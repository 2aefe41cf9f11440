using System.Globalization;
using System.Xml;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// The words of the matrix, the same in the .docx and the .xlsx: in English, as OHCHR publishes its matrices, and
/// each cell as lines (a paragraph of the Word cell, a line of the spreadsheet cell).
/// </summary>
public static class MatrixText
{
    public static IReadOnlyList<string> Header { get; } =
        ["Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"];

    public static string Title(MatrixCycle matrix) =>
        $"{matrix.CountryName}: Universal Periodic Review, cycle {Number(matrix.Cycle)}: matrix of recommendations with the coalition's assessment";

    /// <summary>"Working Group session 18, 28 January 2014; report of the Working Group A/HRC/26/16", what country.yml gives.</summary>
    public static string? Review(MatrixCycle matrix)
    {
        if (matrix.Review is not { } review)
        {
            return null;
        }

        var parts = new List<string>();
        var session = review.Session is { } s ? $"Working Group session {Number(s)}" : null;
        var date = review.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (session is not null || date is not null)
        {
            parts.Add(string.Join(", ", new[] { session, date }.OfType<string>()));
        }

        if (review.ReportSymbol is { Length: > 0 } symbol)
        {
            parts.Add($"report of the Working Group {symbol}");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    public static string Note =>
        "The last column holds the coalition's own assessment of each recommendation, with its evidence and source; it is empty where the coalition has not assessed it.";

    /// <summary>What the entries without a paragraph number are, when there are any.</summary>
    public static string? Unnumbered(MatrixCycle matrix) => matrix.Unnumbered switch
    {
        0 => null,
        1 => "One entry gives no paragraph number of the Working Group report: it is listed as its source gives it, for its recommending State.",
        var n => $"{Number(n)} entries give no paragraph number of the Working Group report: each is listed as its source gives it, for one recommending State, so a recommendation that several States made may be listed once for each of them.",
    };

    /// <summary>What a bare paragraph number before an entry is, when some entries give only that.</summary>
    public static string? UnderListParagraph(MatrixCycle matrix)
    {
        var lists = matrix.ListParagraphs;
        if (lists.Count == 0)
        {
            return null;
        }

        var entries = lists.Sum(l => l.Entries);
        var numbers = string.Join(", ", lists.Select(l => l.Paragraph));
        var which = lists.Count == 1 ? $"paragraph {numbers}, the paragraph" : $"paragraphs {numbers}, the paragraphs";
        return entries == 1
            ? $"One entry gives only the number of {which} that lists the report's recommendations; its own number in that list is not in the source."
            : $"{Number(entries)} entries give only the number of {which} that list the report's recommendations; their own numbers in that list are not in the source.";
    }

    public static string Theme(MatrixCluster cluster) => $"Theme: {cluster.Theme}";

    /// <summary>"118.29. Set up … (Tunisia)", then "Source of position: A/HRC/26/16" when the document is known.</summary>
    public static IReadOnlyList<string> Recommendation(MatrixRow row)
    {
        var number = row.Paragraph is null ? string.Empty : row.Paragraph + ". ";
        var states = row.TextNamesStates ? string.Empty : " " + string.Join(" ", row.States.Select(s => $"({s})"));
        var lines = new List<string> { $"{number}{row.Text.TrimEnd().TrimEnd('.', ';')}{states}" };
        if (row.Document is { } document)
        {
            lines.Add($"Source of position: {document}");
        }

        return lines;
    }

    /// <summary>
    /// The paragraph's position, then, when its States were answered apart, a line per response naming its States
    /// ("Noted: Saudi Arabia"), which the import reads back as each State's own.
    /// </summary>
    public static IReadOnlyList<string> Positions(MatrixRow row) =>
        [Position(row.Response), .. row.StateResponses.GroupBy(s => s.Response).OrderBy(g => g.Key)
            .Select(g => $"{Position(g.Key)}: {string.Join("; ", g.Select(s => s.State))}")];

    public static string Position(Response response) => response switch
    {
        Response.Supported => "Supported",
        Response.Noted => "Noted",
        Response.Pending => "Pending",
        _ => "Supported/Noted",
    };

    public static IReadOnlyList<string> Themes(MatrixRow row) => row.Themes;

    /// <summary>The status ("Fully implemented"), the evidence, its source and the date of the assessment; none when not rated.</summary>
    public static IReadOnlyList<string> Assessment(ImplementationRating? rating)
    {
        if (rating is null)
        {
            return [];
        }

        var lines = new List<string> { Status(rating.Status), rating.Evidence };
        if (rating.Source is { Length: > 0 } source)
        {
            lines.Add($"Source: {source}");
        }

        if (rating.Assessed is { } assessed)
        {
            lines.Add($"Assessed: {assessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        return lines;
    }

    public static string Status(ImplementationStatus status)
    {
        var name = ImplementationStatusVocabulary.Canonical[(int)status];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>The text without the control characters XML cannot hold (a cell pasted from elsewhere may carry them).</summary>
    public static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
