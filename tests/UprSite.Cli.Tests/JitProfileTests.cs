using System.Diagnostics;

namespace UprSite.Cli.Tests;

/// <summary>The multi-core JIT profile is only a speed-up: it is written to the temporary folder, and a temporary
/// folder that cannot be used changes nothing. Runs the real <c>uprsite</c> process, because a profile can be started
/// only once per process.</summary>
public sealed class JitProfileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-jit-test-" + Guid.NewGuid().ToString("N")[..12]);

    public JitProfileTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void A_command_leaves_its_profile_in_the_temporary_folder()
    {
        var temp = Directory.CreateDirectory(Path.Combine(_root, "tmp")).FullName;

        var (code, output) = RunUprsite(temp, "--help");

        Assert.Equal(0, code);
        Assert.Contains("build", output, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(temp, "uprsite-jit", "other.profile")).Length > 0);
    }

    [Fact]
    public void A_temporary_folder_that_cannot_be_written_changes_nothing()
    {
        var notAFolder = Path.Combine(_root, "file");
        File.WriteAllText(notAFolder, "a file where the temporary folder should be");

        var (code, output) = RunUprsite(notAFolder, "--help");

        Assert.Equal(0, code);
        Assert.Contains("build", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int ExitCode, string Output) RunUprsite(string tempDir, params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "uprsite.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TMPDIR"] = tempDir;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "uprsite did not finish within a minute");
        return (process.ExitCode, output.Result + error.Result);
    }
}
