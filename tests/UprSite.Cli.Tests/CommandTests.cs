namespace UprSite.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class CommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public CommandTests()
    {
        Write("site.yml", "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n");
        Write("pages/about.en.md", "---\ntitle: About\n---\nHello.\n");
    }

    private static string Theme => RepoRoot.Theme;

    private string Input => Path.Combine(_root, "input");

    private string Output => Path.Combine(_root, "_site");

    [Fact]
    public void Build_exits_0_and_writes_the_site()
    {
        var (code, output, _) = ConsoleCapture.Run("build", "--input", Input, "--theme", Theme, "--output", Output);
        Assert.Equal(0, code);
        Assert.Contains("Built ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "en", "pages", "about", "index.html")));
    }

    [Fact]
    public void Build_with_an_input_error_exits_1_names_the_file_and_keeps_the_old_site()
    {
        Assert.Equal(0, ConsoleCapture.Run("build", "--input", Input, "--theme", Theme, "--output", Output).ExitCode);
        var before = File.ReadAllText(Path.Combine(Output, "en", "pages", "about", "index.html"));
        Write("pages/about.en.md", "---\ntitle: [About\n---\nHello.\n");

        var (code, _, error) = ConsoleCapture.Run("build", "--input", Input, "--theme", Theme, "--output", Output);

        Assert.Equal(1, code);
        Assert.Matches(@"pages/about\.en\.md\(\d+,\d+\): error UPR0101: ", error);
        Assert.Contains("was left as it was", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(Output, "en", "pages", "about", "index.html")));
    }

    [Fact]
    public void Build_pdf_without_chromium_exits_2_with_the_install_command()
    {
        var before = Environment.GetEnvironmentVariable("UPRSITE_CHROMIUM");
        Environment.SetEnvironmentVariable("UPRSITE_CHROMIUM", "/nonexistent/chromium");
        try
        {
            var (code, _, error) = ConsoleCapture.Run("build", "--pdf", "--input", Input, "--theme", Theme, "--output", Output);

            Assert.Equal(2, code);
            Assert.Contains("error UPR0707:", error, StringComparison.Ordinal);
            Assert.Contains("apt-get install -y chromium fonts-noto-core fonts-khmeros", error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Output));
        }
        finally
        {
            Environment.SetEnvironmentVariable("UPRSITE_CHROMIUM", before);
        }
    }

    [Fact]
    public void Check_prints_diagnostics_exits_1_on_errors_and_writes_nothing()
    {
        Write("pages/bad.xx.md", "---\ntitle: Bad\n---\n");
        var (code, _, error) = ConsoleCapture.Run("check", "--input", Input, "--theme", Theme, "--output", Output);
        Assert.Equal(1, code);
        Assert.Contains("error UPR0103:", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Check_of_good_input_exits_0()
    {
        var (code, output, _) = ConsoleCapture.Run("check", "--input", Input, "--theme", Theme);
        Assert.Equal(0, code);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_folder_is_an_input_error_not_a_crash()
    {
        var (code, _, error) = ConsoleCapture.Run("build", "--input", Path.Combine(_root, "nope"), "--theme", Theme, "--output", Output);
        Assert.Equal(1, code);
        Assert.Contains("error UPR0100:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_refused()
    {
        var (code, _, _) = ConsoleCapture.Run("build", "--no-such-option");
        Assert.NotEqual(0, code);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, true);
        }
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
