using System.CommandLine;
using System.IO.Compression;
using System.Text;
using UprSite.Build.Pipeline;

namespace UprSite.Cli.Tests;

/// <summary>
/// The exit codes of issue 10 through the real command line: every crash it found is now exit 1 with a located
/// diagnostic, and a bug is exit 2 with the diagnostics found before it and one internal-error line.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ExitCodeTests : IDisposable
{
    private const string SiteYml = "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n";
    private const string CountryYml = "names: {en: Cambodia}\naliases: [Cambodia]\nreviews:\n  - {cycle: 2, session: 18, date: 2014-01-28}\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-exit-" + Guid.NewGuid().ToString("N")[..12]);

    public ExitCodeTests()
    {
        Write("site.yml", SiteYml);
        Write("pages/about.en.md", "---\ntitle: About\n---\n## Part {#part}\n\nHello.\n");
    }

    private string Input => Path.Combine(_root, "input");

    private string Output => Path.Combine(_root, "_site");

    public static TheoryData<string, string> Reproducers => new()
    {
        { "yaml nested 40,000 levels", "UPR0101" },
        { "billion laughs", "UPR0101" },
        { "recursive alias", "UPR0101" },
        { "complex mapping key", "UPR0101" },
        { "key without key", "UPR0101" },
        { "language declared twice", "UPR0102" },
        { "control character in base_url", "UPR0102" },
        { "128 quote markers", "UPR0206" },
        { "anchor with %0A and %5C", "UPR0402" },
        { "damaged xls", "UPR0500" },
        { "xlsx cell ZZZZZZ40", "UPR0517" },
        { "too many rows for the country", "UPR0517" },
    };

    [Theory]
    [MemberData(nameof(Reproducers))]
    public void Each_crash_of_the_issue_is_now_a_located_diagnostic_and_exit_1(string reproducer, string code)
    {
        Arrange(reproducer);

        var (exit, _, error) = ConsoleCapture.Run("check", "--input", Input, "--theme", RepoRoot.Theme, "--output", Output);

        Assert.Equal(1, exit);
        Assert.Matches($@"input/[^\s(]+(\(\d+,\d+\))?: error {code}: ", error);
        Assert.DoesNotContain("UPR9001", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bug_exits_2_after_the_diagnostics_found_before_it_with_where_to_report_it()
    {
        Write("pages/about.en.md", "---\ntitle: About\nlayout_hint: wide\n---\nHello.\n");

        var (exit, output, error) = ConsoleCapture.Run(() => UprSiteApp.Invoke(WithFaultyBuild(), ["faulty-build"]));

        Assert.Equal(2, exit);
        Assert.Contains("warning UPR0203: ", output, StringComparison.Ordinal);
        Assert.Contains("layout_hint", output, StringComparison.Ordinal);
        Assert.Contains("uprsite: error UPR9001: internal error in the render stage (InvalidOperationException: fault injected at Render).", error, StringComparison.Ordinal);
        Assert.Contains("please report it with the command you ran and this message", error, StringComparison.Ordinal);
        Assert.Contains("--verbose", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Verbose_adds_the_stack_trace_of_the_bug()
    {
        var (exit, _, error) = ConsoleCapture.Run(() => UprSiteApp.Invoke(WithFaultyBuild(), ["faulty-build", "--verbose"]));

        Assert.Equal(2, exit);
        Assert.Contains("error UPR9001: internal error in the render stage", error, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: fault injected at Render", error, StringComparison.Ordinal);
        Assert.Contains("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_outside_the_build_is_reported_by_the_same_handler()
    {
        var root = UprSiteApp.Create();
        var command = new Command("throws");
        command.SetAction(int (_) => throw new FormatException("not a build"));
        root.Subcommands.Add(command);

        var (exit, _, error) = ConsoleCapture.Run(() => UprSiteApp.Invoke(root, ["throws"]));

        Assert.Equal(2, exit);
        Assert.StartsWith("uprsite: error UPR9001: internal error (FormatException: not a build).", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, true);
        }
    }

    private RootCommand WithFaultyBuild()
    {
        var root = UprSiteApp.Create();
        var command = new Command("faulty-build", "build, with a stage that throws as a bug would") { CommonOptions.Verbose };
        command.SetAction(_ => BuildCommand.Run(new BuildOptions(Input, RepoRoot.Theme, Output)
        {
            StageStarting = stage =>
            {
                if (stage == "render")
                {
                    throw new InvalidOperationException("fault injected at Render");
                }
            },
        }));
        root.Subcommands.Add(command);
        return root;
    }

    private void Arrange(string reproducer)
    {
        switch (reproducer)
        {
            case "yaml nested 40,000 levels":
                Write("site.yml", SiteYml + "description: " + new string('[', 40_000) + new string(']', 40_000) + "\n");
                break;
            case "billion laughs":
                var laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                for (var level = 'b'; level <= 'i'; level++)
                {
                    laughs.Append($"{level}: &{level} [").AppendJoin(", ", Enumerable.Repeat($"*{(char)(level - 1)}", 9)).Append("]\n");
                }

                Write("i18n/en.yml", laughs.ToString());
                break;
            case "recursive alias":
                Write("i18n/en.yml", "x: &x\n  y: *x\n");
                break;
            case "complex mapping key":
                Write("i18n/en.yml", "? {a: b}\n: c\n");
                break;
            case "key without key":
                Write("i18n/en.yml", "a:\n  b: c\n: \n");
                break;
            case "language declared twice":
                Write("site.yml", SiteYml + "  - {code: en, label: English again}\n");
                break;
            case "control character in base_url":
                Write("site.yml", SiteYml + "base_url: \"https://example.org/\\x01\"\n");
                break;
            case "128 quote markers":
                Write("pages/deep.en.md", "---\ntitle: Deep\n---\n" + new string('>', 128) + " x\n");
                break;
            case "anchor with %0A and %5C":
                Write("pages/links.en.md", "---\ntitle: Links\n---\n[a](/en/pages/about/#x%0Ay) [b](/en/pages/about/#x%5Cy)\n");
                break;
            case "damaged xls":
                var xls = File.ReadAllBytes(Path.Combine(RepoRoot.Path, "..", "shared", "data", "upr-info-2015-xls", "6-9.xls"));
                xls[466_242] = 0x02;
                WriteCountry("6-9.xls", xls);
                break;
            case "xlsx cell ZZZZZZ40":
                WriteCountry("export.xlsx", Workbook("""<row r="40"><c r="ZZZZZZ40" t="inlineStr"><is><t>x</t></is></c></row>"""));
                break;
            case "too many rows for the country":
                var csv = new StringBuilder("cycle,state_under_review,recommending_state,text,response\n");
                for (var i = 0; i <= UprSite.Import.Tables.TableLimits.MaxRowsPerCountry; i++)
                {
                    csv.Append($"2,Cambodia,France,Adopt law {i},supported\n");
                }

                WriteCountry("export.csv", Encoding.ASCII.GetBytes(csv.ToString()));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(reproducer), reproducer, "no such reproducer");
        }
    }

    private void WriteCountry(string file, byte[] bytes)
    {
        Write("countries/kh/country.yml", CountryYml);
        var full = Path.Combine(Input, "countries", "kh", "recommendations", file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private static byte[] Workbook(string rows)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in new[]
            {
                ("xl/workbook.xml", $"""<workbook xmlns="{main}"><sheets><sheet name="S" sheetId="1"/></sheets></workbook>"""),
                ("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>"""),
            })
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return memory.ToArray();
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
