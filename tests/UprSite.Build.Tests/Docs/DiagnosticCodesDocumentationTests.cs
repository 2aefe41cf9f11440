using System.Text.RegularExpressions;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Docs;

public sealed partial class DiagnosticCodesDocumentationTests
{
    [Fact]
    public void Docs_list_exactly_the_codes_the_tool_has()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var documented = TableRowCode().Matches(docs).Select(m => m.Groups[1].Value).ToHashSet();
        var known = DiagnosticCodes.All.Select(c => c.Id).ToHashSet();

        Assert.Empty(known.Except(documented));
        Assert.Empty(documented.Except(known));
    }

    [Fact]
    public void Every_declared_code_is_in_the_list_of_all_codes()
    {
        var declared = typeof(DiagnosticCodes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => ((DiagnosticCode)f.GetValue(null)!).Id);
        Assert.Equal(declared.Order(), DiagnosticCodes.All.Select(c => c.Id).Order());
    }

    [GeneratedRegex(@"^\| (UPR\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRowCode();
}
