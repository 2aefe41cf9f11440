using System.Diagnostics;

namespace UprSite.Cli.Tests;

/// <summary>
/// The real <c>uprsite</c> process with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, as in slim containers: build, check
/// and serve refuse with UPR0810 and exit code 2 (the machine lacks culture data, the input is fine) before they write
/// or listen; without the variable the same site builds.
/// </summary>
public sealed class InvariantGlobalizationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-invariant-" + Guid.NewGuid().ToString("N")[..12]);

    public InvariantGlobalizationTests()
    {
        Write("site.yml", "title: {en: Test, fr: Essai}\nlanguages:\n  - {code: en, label: English, default: true}\n  - {code: fr, label: Français, locale: fr-FR}\n");
        Write("pages/about.en.md", "---\ntitle: About\n---\nHello.\n");
        Write("pages/about.fr.md", "---\ntitle: À propos\n---\nBonjour.\n");
    }

    private string Output => Path.Combine(_root, "_site");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    public void In_invariant_mode_the_command_refuses_with_exit_code_2_and_says_what_to_install(string command)
    {
        var (code, output) = Run(invariant: true, command);

        Assert.Equal(2, code);
        Assert.Contains("error UPR0810:", output, StringComparison.Ordinal);
        Assert.Contains("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 is set", output, StringComparison.Ordinal);
        Assert.Contains("apt-get install libicu72", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Serving", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output), "nothing may be written without culture data");
    }

    [Fact]
    public void With_culture_data_the_same_site_builds()
    {
        var (code, output) = Run(invariant: false, "build");

        Assert.True(code == 0, output);
        Assert.True(File.Exists(Path.Combine(Output, "fr", "pages", "about", "index.html")));
    }

    private (int Code, string Output) Run(bool invariant, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "uprsite.dll"));
        start.ArgumentList.Add(args[0]);
        foreach (var arg in new[] { "--input", Path.Combine(_root, "input"), "--theme", RepoRoot.Theme, "--output", Output })
        {
            start.ArgumentList.Add(arg);
        }

        if (args[0] == "serve")
        {
            start.ArgumentList.Add("--port");
            start.ArgumentList.Add("5999");
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : null;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            Assert.Fail($"uprsite {args[0]} did not exit within a minute");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, "input", path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
