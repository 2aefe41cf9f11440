using System.Globalization;
using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import.Layouts.Implementation;

namespace UprSite.Import.Tests.Support;

/// <summary>
/// Spec fixtures: beside each layout's tests, <c>Specs/&lt;name&gt;.&lt;ext&gt;</c> is an input file and
/// <c>Specs/&lt;name&gt;.expected</c> what importing it gives, one line per row and then one per diagnostic, so that a
/// layout's behaviour reads as examples. Rows: <c>id | cycle | session | State under Review | recommending State |
/// group | response | issues | category | document | paragraph | SDGs | text</c>; ratings: <c>id | status | evidence |
/// source | date</c>; diagnostics: <c>severity code (line,column): message</c>.
/// </summary>
public static class LayoutSpec
{
    /// <summary>The spec inputs of one layout folder (Layouts/&lt;layout&gt;/Specs), by file name.</summary>
    public static TheoryData<string> Inputs(string layout)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder(layout)).Where(p => !p.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>Imports the input (a recommendations file, or implementation.csv for that layout) and compares with its .expected.</summary>
    public static void Check(string layout, string input)
    {
        var path = Path.Combine(Folder(layout), input);
        var file = new ImportFile(input, input, File.ReadAllBytes(path));
        var diagnostics = new DiagnosticList();
        var lines = layout == "Implementation"
            ? ImplementationLayout.Read("xx", file, diagnostics).Ratings.Select(Line)
            : Importer.ReadAll(file, diagnostics).Rows.Select(Line);
        var actual = string.Join('\n', lines.Concat(diagnostics.Items.Select(Line)));
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".expected")).ReplaceLineEndings("\n").TrimEnd('\n');

        Assert.True(expected == actual, $"{layout}/Specs/{input}:\n--- expected\n{expected}\n--- actual\n{actual}");
    }

    private static string Folder(string layout) =>
        Path.Combine(RepoPaths.Root, "tests", "UprSite.Import.Tests", "Layouts", layout, "Specs");

    /// <summary>A row as the .expected files write it.</summary>
    public static string Line(Recommendation r) => string.Join(" | ",
        r.Id, Number(r.Cycle), r.Session is { } s ? Number(s) : "-", r.StateUnderReview, r.RecommendingState, r.RegionalGroup ?? "-",
        ResponseVocabulary.Key(r.Response), List(r.Issues), r.ActionCategory is { } c ? Number((int)c) : "-", r.Document ?? "-",
        r.Paragraph ?? "-", List(r.Sdgs), r.Text);

    private static string Line(ImplementationRating r) => string.Join(" | ",
        r.RecommendationId, ImplementationStatusVocabulary.Key(r.Status), r.Evidence, r.Source ?? "-",
        r.Assessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");

    public static string Line(Diagnostic d) =>
        new StringBuilder().Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Code)
            .Append(CultureInfo.InvariantCulture, $" ({d.Line},{d.Column}): ").Append(d.Message).ToString();

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "-" : string.Join("; ", items);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
