using UprSite.Build.Content.Yaml;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Content;

public sealed class YamlMapTests
{
    private static readonly DiagnosticCode Code = DiagnosticCodes.InvalidFrontMatterValue;

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_in_the_file()
    {
        var diagnostics = new DiagnosticList();
        Assert.Null(YamlDocumentReader.Read("title: A\nissues: [a, b]\n  review: 4\n", "f.md", 2, diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("UPR0101", error.Code);
        Assert.Equal(4, error.Line);
        Assert.Contains("indentation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_list_is_reported_not_thrown()
    {
        var diagnostics = new DiagnosticList();
        Assert.Null(YamlDocumentReader.Read("title: A\nissues: [a, b\nreview: 4\n", "f.md", 2, diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("UPR0101", error.Code);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_read_typed_and_bad_ones_point_at_their_line()
    {
        var diagnostics = new DiagnosticList();
        var map = YamlDocumentReader.Read("review: 4\nsdgs: [1, 11]\nupdated: 01/02/2024\nissues: Land\n", "f.md", 2, diagnostics)!;
        Assert.Equal(4, map.Int("review", Code, 1, 20));
        Assert.Equal([1, 11], map.IntList("sdgs", Code, 1, 17));
        Assert.Equal(["Land"], map.StringList("issues", Code));
        Assert.Null(map.Date("updated", Code));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(4, error.Line);
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_named_with_a_suggestion()
    {
        var diagnostics = new DiagnosticList();
        var map = YamlDocumentReader.Read("tittle: A\n", "site.yml", 1, diagnostics)!;
        map.RejectUnknownKeys(Code, "title", "languages");
        var error = Assert.Single(diagnostics.Items);
        Assert.Contains("unknown key 'tittle' (did you mean 'title'?)", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void A_localized_text_takes_a_mapping_or_one_text()
    {
        var diagnostics = new DiagnosticList();
        var map = YamlDocumentReader.Read("a: {en: Hello, km: សួស្តី}\nb: Same\n", "site.yml", 1, diagnostics)!;
        Assert.Equal("សួស្តី", map.Localized("a", Code).Get("km", "en"));
        Assert.Equal("Same", map.Localized("b", Code).Get("km", "en"));
        Assert.Empty(diagnostics.Items);
    }
}
