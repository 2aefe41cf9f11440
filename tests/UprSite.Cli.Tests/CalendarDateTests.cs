namespace UprSite.Cli.Tests;

/// <summary>The calendar through the real command line: a wrong date in country.yml or --date, and --date fixing the page.</summary>
[Collection(CliCollection.Name)]
public sealed class CalendarDateTests : IDisposable
{
    private const string SiteYml = "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n";
    private const string CountryYml = "names: {en: Cambodia}\naliases: [Cambodia]\nreviews:\n  - {cycle: 4, session: 46, date: 2024-05-08}\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-calendar-" + Guid.NewGuid().ToString("N")[..12]);

    public CalendarDateTests()
    {
        Write("site.yml", SiteYml);
    }

    private string Input => Path.Combine(_root, "input");

    private string Output => Path.Combine(_root, "_site");

    [Fact]
    public void A_calendar_date_that_is_no_day_is_reported_at_its_line_and_column_with_exit_1()
    {
        Write("countries/kh/country.yml", CountryYml + "calendar:\n  mid_term_report: 2026-11-31\n");

        var (exit, _, error) = ConsoleCapture.Run("build", "--input", Input, "--theme", RepoRoot.Theme, "--output", Output, "--date", "2026-12-01");

        Assert.Equal(1, exit);
        Assert.Matches(@"input/countries/kh/country\.yml\(6,20\): error UPR0220: 'mid_term_report' should be a date written YYYY-MM-DD", error);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_date_option_that_is_no_day_is_refused_before_building()
    {
        Write("countries/kh/country.yml", CountryYml);

        var (exit, output, error) = ConsoleCapture.Run("build", "--input", Input, "--theme", RepoRoot.Theme, "--output", Output, "--date", "1/12/2026");

        Assert.Equal(1, exit);
        Assert.Contains("UPR0222: --date should be a date written YYYY-MM-DD", output + error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void The_date_option_decides_the_current_step_and_the_as_of_line()
    {
        Write("countries/kh/country.yml", CountryYml);

        var (exit, _, error) = ConsoleCapture.Run("build", "--input", Input, "--theme", RepoRoot.Theme, "--output", Output, "--date", "2025-01-15");

        Assert.True(exit == 0, error);
        var page = File.ReadAllText(Path.Combine(Output, "en", "countries", "kh", "index.html"));
        Assert.Contains("Implementation phase: mid-term report due about May–November 2026.", page, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2025-01-15\">As of 15 January 2025.</time>", page, StringComparison.Ordinal);
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
