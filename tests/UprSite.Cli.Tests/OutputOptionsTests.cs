using System.Text.Json;

namespace UprSite.Cli.Tests;

/// <summary>--format json, --quiet and --verbose on build and check.</summary>
[Collection(CliCollection.Name)]
public sealed class OutputOptionsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-out-" + Guid.NewGuid().ToString("N")[..12]);

    public OutputOptionsTests()
    {
        Write("site.yml", "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n");
        // An unknown front matter key is a warning at line 3, column 1.
        Write("pages/about.en.md", "---\ntitle: About\nauthor: me\n---\nHello.\n");
    }

    private string Input => Path.Combine(_root, "input");

    private string[] Args(string command, params string[] more) =>
        [command, "--input", Input, "--theme", RepoRoot.Theme, "--output", Path.Combine(_root, "_site"), .. more];

    [Fact]
    public void Json_format_prints_one_object_a_line_with_the_MSBuild_fields_and_nothing_else_on_stdout()
    {
        Write("pages/broken.en.md", "---\ntitle: [Broken\n---\n");

        var (code, output, error) = ConsoleCapture.Run(Args("check", "--format", "json"));

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(objects, o => Assert.Equal(["file", "line", "column", "severity", "code", "message"], o.EnumerateObject().Select(p => p.Name)));
        var warning = Assert.Single(objects, o => o.GetProperty("code").GetString() == "UPR0203");
        Assert.EndsWith("pages/about.en.md", warning.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal((3, 1), (warning.GetProperty("line").GetInt32(), warning.GetProperty("column").GetInt32()));
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Contains("unknown key 'author'", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        var yamlError = Assert.Single(objects, o => o.GetProperty("code").GetString() == "UPR0101");
        Assert.Equal("error", yamlError.GetProperty("severity").GetString());
        // The summary is for people: standard error.
        Assert.Contains("Checked: 1 error(s), 1 warning(s).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_writes_null_line_and_column_for_a_diagnostic_about_a_whole_file()
    {
        var line = DiagnosticJson.Format(Core.Diagnostics.Diagnostic.Info(Core.Diagnostics.DiagnosticCodes.RecommendationRowsUsed, "used \"30\" rows", "a.csv"));

        Assert.Equal("""{"file":"a.csv","line":null,"column":null,"severity":"info","code":"UPR0510","message":"used \u002230\u0022 rows"}""", line);
    }

    [Fact]
    public void Quiet_prints_nothing_when_the_build_only_has_warnings()
    {
        var (code, output, error) = ConsoleCapture.Run(Args("build", "--quiet"));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(string.Empty, error);
        Assert.True(File.Exists(Path.Combine(_root, "_site", "en", "pages", "about", "index.html")));
    }

    [Fact]
    public void Quiet_still_prints_errors_but_not_warnings()
    {
        Write("pages/broken.en.md", "---\ntitle: [Broken\n---\n");

        var (code, output, error) = ConsoleCapture.Run(Args("check", "-q"));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Matches(@"broken\.en\.md\(\d+,\d+\): error UPR0101", error);
        Assert.DoesNotContain("UPR0203", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_prints_the_time_of_every_stage_that_ran()
    {
        var (code, output, _) = ConsoleCapture.Run(Args("build", "--verbose"));

        Assert.Equal(0, code);
        var stages = output.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^  (\w+) +\d+ ms$"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["recover", "load", "parse", "assemble", "validate", "translations", "compute", "assets", "render", "strings", "postprocess", "check", "write"], stages);
    }

    [Fact]
    public void Check_verbose_has_no_write_stage()
    {
        var (_, output, _) = ConsoleCapture.Run(Args("check", "--verbose"));

        Assert.Contains("  check ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  write ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_refused()
    {
        var (code, _, error) = ConsoleCapture.Run(Args("build", "--quiet", "--verbose"));

        Assert.NotEqual(0, code);
        Assert.Contains("--quiet and --verbose cannot be used together", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "_site")));
    }

    [Fact]
    public void Build_leaves_a_draft_out_and_says_so_unless_drafts_is_given()
    {
        Write("site.yml", "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n");
        Write("countries/kh/country.yml", "names: {en: Cambodia}\n");
        Write("countries/kh/factsheets/land.en.md",
            "---\ntitle: Land\ndraft: true\n---\nContext.\n\n## Questions\n1. A?\n2. B?\n3. C?\n4. D?\n\n## Recommendations\n1. Adopt a law by 2027.\n");
        var page = Path.Combine(_root, "_site", "en", "countries", "kh", "factsheets", "land", "index.html");

        var (code, output, _) = ConsoleCapture.Run(Args("build"));
        Assert.Equal(0, code);
        Assert.Matches(@"land\.en\.md\(3,1\): info UPR0205: ", output);
        Assert.False(File.Exists(page));

        Assert.Equal(0, ConsoleCapture.Run(Args("build", "--drafts")).ExitCode);
        Assert.True(File.Exists(page));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
