using UprSite.Core.Diagnostics;

namespace UprSite.Core.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void Prints_in_the_msbuild_form()
    {
        var diagnostic = Diagnostic.Error(DiagnosticCodes.MissingTitle, "add a title", "input/countries/kh/factsheets/land.en.md", 12, 3);
        Assert.Equal("input/countries/kh/factsheets/land.en.md(12,3): error UPR0201: add a title", diagnostic.ToString());
    }

    [Fact]
    public void A_whole_file_problem_has_no_position()
    {
        var diagnostic = Diagnostic.Warning(DiagnosticCodes.MissingString, "add it", "input/i18n/km.yml");
        Assert.Equal("input/i18n/km.yml: warning UPR0304: add it", diagnostic.ToString());
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var ids = DiagnosticCodes.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^UPR[0-9]{4}$", id));
    }

    [Fact]
    public void Sorted_orders_by_file_line_and_column()
    {
        var list = new DiagnosticList();
        list.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, "b", "b.yml", 2, 1));
        list.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, "a2", "a.yml", 10, 1));
        list.Add(Diagnostic.Warning(DiagnosticCodes.InvalidYaml, "a1", "a.yml", 2, 5));
        Assert.Equal(["a1", "a2", "b"], list.Sorted().Select(d => d.Message));
        Assert.True(list.HasErrors);
    }
}
