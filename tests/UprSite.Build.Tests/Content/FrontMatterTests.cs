using UprSite.Build.Content;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Content;

public sealed class FrontMatterTests
{
    private static SourceFile File(string text) => new("pages/a.en.md", "input/pages/a.en.md", System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Splits_yaml_from_body_and_knows_where_each_starts()
    {
        var parts = FrontMatter.Split(File("---\ntitle: A\nreview: 4\n---\nBody line\n"), new DiagnosticList())!;
        Assert.Equal("title: A\nreview: 4", parts.Yaml);
        Assert.Equal(2, parts.YamlFirstLine);
        Assert.Equal("Body line\n", parts.Body);
        Assert.Equal(5, parts.BodyFirstLine);
    }

    [Fact]
    public void Crlf_and_a_byte_order_mark_are_accepted()
    {
        var parts = FrontMatter.Split(File("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n"), new DiagnosticList())!;
        Assert.Equal("title: A", parts.Yaml);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body()
    {
        var parts = FrontMatter.Split(File("# Heading\n"), new DiagnosticList())!;
        Assert.Equal(string.Empty, parts.Yaml);
        Assert.Equal(1, parts.BodyFirstLine);
    }

    [Fact]
    public void An_unclosed_front_matter_is_an_error_at_line_1()
    {
        var diagnostics = new DiagnosticList();
        Assert.Null(FrontMatter.Split(File("---\ntitle: A\nBody\n"), diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("UPR0106", error.Code);
        Assert.Equal(1, error.Line);
    }
}
