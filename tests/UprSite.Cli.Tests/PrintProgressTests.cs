using System.Diagnostics;

namespace UprSite.Cli.Tests;

/// <summary>Progress while PDFs print: plain lines when standard error is not a terminal, a live bar when it is.</summary>
[Collection(CliCollection.Name)]
public sealed class PrintProgressTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-progress-" + Guid.NewGuid().ToString("N")[..12]);

    public PrintProgressTests()
    {
        Write("site.yml", "title: Test\nbase_url: https://test.example.org\nlanguages:\n  - {code: en, label: English, default: true}\n");
        Write("countries/kh/country.yml", "names: {en: Cambodia}\n");
        Write("countries/kh/factsheets/land.en.md",
            "---\ntitle: Land\n---\nContext.\n\n## Questions\n1. A?\n2. B?\n3. C?\n4. D?\n\n## Recommendations\n1. Adopt a law by 2027.\n");
    }

    private string[] Args(params string[] more) =>
        ["build", "--pdf", "--input", Path.Combine(_root, "input"), "--theme", RepoRoot.Theme, "--output", Path.Combine(_root, "_site"), .. more];

    [Fact]
    public void Without_a_terminal_each_printed_PDF_is_a_plain_line_on_standard_error()
    {
        // The test host's standard error is a pipe, as in CI.
        Assert.True(Console.IsErrorRedirected);

        var (code, output, error) = ConsoleCapture.Run(Args());

        Assert.Equal(0, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("print 0/2: starting Chromium", lines[0]);
        Assert.Equal(["print 1/2: ", "print 2/2: "], lines[1..].Select(l => l[..11]).Order(StringComparer.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("en/countries/kh/factsheets/land/land.pdf", StringComparison.Ordinal));
        Assert.Contains("PDFs: 2 printed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_no_progress()
    {
        var (code, output, error) = ConsoleCapture.Run(Args("--quiet"));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output + error);
    }

    [Fact]
    public async Task On_a_terminal_progress_is_drawn_with_control_sequences_and_cleared()
    {
        // script(1) gives the real uprsite process a pseudo-terminal, as a person's shell would.
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "uprsite.dll") }.Concat(Args()).Select(Quote));
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var text = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("print: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("print 1/2:", text, StringComparison.Ordinal);
        Assert.Contains("PDFs: 2 printed", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, "input", path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
