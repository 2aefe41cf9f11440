using UprSite.Build.Content;
using UprSite.Build.Markdown;
using UprSite.Build.Pipeline;
using UprSite.Build.Sources;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Robustness;

/// <summary>Reproducers of issue 10 in site.yml, Markdown and links: each a located diagnostic, none a crash.</summary>
public sealed class SiteInputRobustnessTests
{
    private const string TwoLanguages = "title: T\nlanguages:\n  - {code: en, label: English, default: true}\n  - {code: km, label: Khmer}\n";

    [Fact]
    public void A_language_declared_twice_is_the_settings_parsers_own_diagnostic_and_the_rest_is_still_parsed()
    {
        var sources = Sources(("site.yml", TwoLanguages + "  - {code: en, label: Again}\n"), ("pages/about.en.md", "---\ntitle: About\n---\nHi.\n"));
        var diagnostics = new DiagnosticList();

        var parsed = new SiteParser().Parse(sources, diagnostics);

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal(("UPR0102", "input/site.yml", 2), (error.Code, error.File, error.Line));
        Assert.Contains("language 'en' is declared 2 times", error.Message, StringComparison.Ordinal);
        Assert.Equal(["en", "km"], parsed!.Settings.Languages.Select(l => l.Code));
        Assert.Equal("English", parsed.Settings.DefaultLanguage.Label);
        Assert.Single(parsed.Pages);
    }

    [Theory]
    [InlineData("\"https://example.org/\\x01\"", "\\u0001")]
    [InlineData("\"https://exa mple.org/\"", "without spaces")]
    [InlineData("ftp://example.org/", "absolute address")]
    [InlineData("javascript:alert(1)", "absolute address")]
    public void A_base_url_with_a_control_character_or_another_scheme_is_refused_at_its_line(string value, string expected)
    {
        var sources = Sources(("site.yml", $"title: T\nbase_url: {value}\nlanguages:\n  - {{code: en, label: English}}\n"));
        var diagnostics = new DiagnosticList();

        var settings = SiteSettingsParser.Parse(sources.FindInput("site.yml")!, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("UPR0102", 2), (error.Code, error.Line));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', error.Message);
        Assert.Equal("/", settings!.BaseUrl);
    }

    [Fact]
    public void A_base_url_option_with_a_control_character_is_refused_before_the_sitemap_is_written()
    {
        using var site = new TestSite(withCountry: false);

        var result = SiteBuilder.Build(site.Options(write: false) with { BaseUrl = "https://example.org/\u0007" });

        Assert.Null(result.Failure);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("UPR0102", "--base-url"), (error.Code, error.File));
    }

    [Fact]
    public void A_line_of_128_quote_markers_is_refused_at_that_line()
    {
        using var site = new TestSite(withCountry: false);
        site.Write("pages/deep.en.md", "---\ntitle: Deep\n---\nFine.\n\nStill fine.\n\n" + new string('>', 128) + " too deep\n\nAfter.\n");

        var result = site.Build(write: false);

        Assert.Null(result.Failure);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("UPR0206", 8), (error.Code, error.Line));
        Assert.EndsWith("pages/deep.en.md", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factsheet_nested_too_deep_is_refused_at_its_line_and_quotes_a_few_deep_still_render()
    {
        var markdown = new MarkdownRenderer();
        var diagnostics = new DiagnosticList();

        Assert.NotNull(MarkdownNesting.Parse(markdown, ">>> three deep\n", 4, "f.md", diagnostics));
        Assert.Null(MarkdownNesting.Parse(markdown, "a\n\n" + string.Concat(Enumerable.Repeat("- ", 300)) + "x\n", 4, "f.md", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("UPR0206", 6), (error.Code, error.Line));
    }

    [Fact]
    public void Markdown_that_parses_but_is_too_deep_to_render_is_refused_too()
    {
        // Found by the fuzz suite (factsheet input 93): 719 '[' parse, then Markdig's renderer refuses them.
        var diagnostics = new DiagnosticList();

        var document = MarkdownNesting.Parse(new MarkdownRenderer(), "## Questions\n\n1. " + new string('[', 719) + "x\n", 5, "f.md", diagnostics);

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("UPR0206", 7), (error.Code, error.Line));
    }

    [Fact]
    public void A_heading_holding_the_noncharacter_U_FFFE_is_read_not_a_normalization_exception()
    {
        // Found by the fuzz suite (factsheet input 929): Markdig's heading ids normalise the text, which throws on U+FFFE.
        using var site = new TestSite(withCountry: false);
        site.Write("pages/odd.en.md", "---\ntitle: Odd\n---\n## Land\uFFFErights\n\nText.\n");

        var result = site.Build(write: false);

        Assert.Null(result.Failure);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Anchors_with_an_encoded_line_break_or_backslash_are_broken_anchors_not_a_selector_exception()
    {
        using var site = new TestSite(withCountry: false);
        site.Write("pages/about.en.md", "---\ntitle: About\n---\n## Part {#part}\n\n[ok](/en/pages/about/#part) [nl](/en/pages/about/#x%0Ay) [bs](/en/pages/about/#x%5Cy) [q](/en/pages/about/#x'%5D)\n");

        var result = site.Build(write: false);

        Assert.Null(result.Failure);
        var broken = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.All(broken, d => Assert.Equal("UPR0402", d.Code));
        Assert.Equal(3, broken.Count);
        Assert.Contains(broken, d => d.Message.Contains("'#x\\u000ay'", StringComparison.Ordinal));
        Assert.Contains(broken, d => d.Message.Contains("'#x\\y'", StringComparison.Ordinal));
        Assert.DoesNotContain(broken, d => d.Message.Contains("#part", StringComparison.Ordinal));
    }

    [Fact]
    public void A_yaml_typo_in_the_default_language_page_shows_its_own_error_and_the_home_page_still_renders()
    {
        using var site = new TestSite(withCountry: false);
        site.Write("pages/about.en.md", "---\ntitle: [About\n---\nHi.\n");
        site.Write("pages/about.km.md", "---\ntitle: About in Khmer\n---\nHi.\n");

        var result = site.Build(write: false);

        Assert.Null(result.Failure);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("UPR0101", error.Code);
        Assert.EndsWith("pages/about.en.md", error.File, StringComparison.Ordinal);
    }

    private static SourceSet Sources(params (string Path, string Text)[] files) =>
        new("input",
            files.ToDictionary(f => f.Path, f => new SourceFile(f.Path, $"input/{f.Path}", System.Text.Encoding.UTF8.GetBytes(f.Text)), StringComparer.Ordinal),
            new Dictionary<string, SourceFile>(StringComparer.Ordinal));
}
