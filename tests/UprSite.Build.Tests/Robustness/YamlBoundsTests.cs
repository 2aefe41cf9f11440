using System.Text;
using UprSite.Build.Content.Yaml;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Robustness;

/// <summary>The YAML reproducers of issue 10, each read through the one YAML reader every file goes through.</summary>
public sealed class YamlBoundsTests
{
    [Fact]
    public void Forty_thousand_nested_lists_are_refused_at_the_first_level_too_deep_not_a_stack_overflow()
    {
        var (map, error) = Read("title: " + new string('[', 40_000) + new string(']', 40_000));

        Assert.Null(map);
        Assert.Equal("UPR0101", error.Code);
        Assert.Equal((1, 7 + BoundedYamlParser.MaxDepth), (error.Line, error.Column));
        Assert.Contains("more than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thousand_indented_mappings_are_refused_too()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            yaml.Append(' ', i).Append("k:\n");
        }

        var (_, error) = Read(yaml.ToString());

        Assert.Equal("UPR0101", error.Code);
        Assert.Equal(BoundedYamlParser.MaxDepth + 1, error.Line);
    }

    [Fact]
    public void Sixty_four_levels_are_still_read_and_sixty_five_are_not()
    {
        Assert.NotNull(Read("a: " + new string('[', 63) + "x" + new string(']', 63)).Map);
        Assert.Null(Read("a: " + new string('[', 64) + "x" + new string(']', 64)).Map);
    }

    [Fact]
    public void Billion_laughs_is_refused_before_it_grows()
    {
        // Nine levels of nine aliases each: 9^9 (387 million) values from under a kilobyte.
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append($"{level}: &{level} [").AppendJoin(", ", Enumerable.Repeat($"*{previous}", 9)).Append("]\n");
        }

        var (map, error) = Read(yaml.ToString());

        Assert.True(yaml.Length < 1_000);
        Assert.Null(map);
        Assert.Equal("UPR0101", error.Code);
        Assert.Contains("more than 100,000 values", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_refused_where_it_stands()
    {
        var (map, error) = Read("x: &x\n  y: *x\n");

        Assert.Null(map);
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Contains("'*x' stands inside the value anchored '&x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_within_the_bound_still_work()
    {
        var (map, _) = Read("base: &base {home: Home, about: About}\nnav: *base\n");

        var strings = map!.Flatten().ToDictionary(e => e.Key, e => e.Value);

        Assert.Equal("Home", strings["nav.home"]);
        Assert.Equal("About", strings["base.about"]);
    }

    [Fact]
    public void A_complex_mapping_key_is_a_diagnostic_in_the_string_tables()
    {
        var diagnostics = new DiagnosticList();
        var map = YamlDocumentReader.Read("? {a: b}\n: c\nok: fine\n", "i18n/en.yml", 1, diagnostics)!;

        var strings = map.Flatten().ToList();

        Assert.Equal(("ok", "fine"), (strings.Single().Key, strings.Single().Value));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("UPR0101", 1, 3), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_key_without_a_key_at_the_end_of_a_mapping_is_a_diagnostic_not_an_argument_exception()
    {
        var (map, error) = Read("a:\n  b: c\n: \n");

        Assert.Null(map);
        Assert.Equal("UPR0101", error.Code);
        Assert.Contains("has no key or no value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_written_twice_is_the_parsers_own_diagnostic_at_the_second_key()
    {
        var (map, error) = Read("title: A\ntitle: B\n");

        Assert.Null(map);
        Assert.Equal(("UPR0101", 2), (error.Code, error.Line));
        Assert.Contains("Duplicate key", error.Message, StringComparison.Ordinal);
    }

    private static (YamlMap? Map, Diagnostic Error) Read(string yaml)
    {
        var diagnostics = new DiagnosticList();
        var map = YamlDocumentReader.Read(yaml, "f.yml", 1, diagnostics);
        return (map, diagnostics.Items.FirstOrDefault(d => d.IsError) ?? Diagnostic.Info(DiagnosticCodes.InvalidYaml, "none", "f.yml"));
    }
}
