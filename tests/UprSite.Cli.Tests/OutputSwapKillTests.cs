using System.Diagnostics;
using System.Security.Cryptography;
using Xunit.Abstractions;

namespace UprSite.Cli.Tests;

/// <summary>
/// The real <c>uprsite build</c> process, killed with SIGKILL at seeded random moments, most of them while it writes:
/// after every kill <c>_site/</c> exists and is byte for byte either the build before or the build being written.
/// </summary>
public sealed class OutputSwapKillTests(ITestOutputHelper log) : IDisposable
{
    private const int Seed = 20261201;
    private const int Kills = 20;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-kill-" + Guid.NewGuid().ToString("N")[..12]);

    private string Input => Path.Combine(_root, "input");

    private string Output => Path.Combine(_root, "_site");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_build_killed_at_any_moment_leaves_a_complete_old_or_new_site()
    {
        WriteSite("A");
        var writingA = TimedBuild(Output);
        var a = Manifest(Output);
        WriteSite("B");
        var clock = Stopwatch.StartNew();
        var writingB = TimedBuild(Path.Combine(_root, "reference-b"));
        var fullRun = clock.Elapsed;
        var writing = writingA < writingB ? writingA : writingB;
        var b = Manifest(Path.Combine(_root, "reference-b"));
        Assert.False(Same(a, b), "the two versions of the site should differ");

        var random = new Random(Seed);
        var current = a;
        var (old, fresh, duringWrite) = (0, 0, 0);
        for (var run = 0; run < Kills; run++)
        {
            var (version, expected) = current == a ? ("B", b) : ("A", a);
            WriteSite(version);
            var process = Build(Output);
            var wroteWhenKilled = KillAtRandom(process, random, writing, anyTime: run % 4 == 3 ? fullRun : null);
            duringWrite += wroteWhenKilled ? 1 : 0;

            Assert.True(Directory.Exists(Output), $"run {run} (seed {Seed}): no _site after the kill");
            var found = Manifest(Output);
            var isOld = Same(found, current);
            var isNew = Same(found, expected);
            Assert.True(isOld || isNew, $"run {run} (seed {Seed}): _site is neither the old nor the new build ({found.Count} files)");
            (old, fresh) = (old + (isOld ? 1 : 0), fresh + (isNew ? 1 : 0));
            current = isNew ? expected : current;
        }

        log.WriteLine($"seed {Seed}: {Kills} kills, {duringWrite} while writing; _site was the old build {old} times, the new one {fresh} times; one build {fullRun.TotalMilliseconds:F0} ms, of which writing {writing.TotalMilliseconds:F0} ms");
        Assert.True(duringWrite >= Kills / 4, $"only {duringWrite} of {Kills} kills landed while the site was being written");
        Assert.True(old > 0, "no kill left the old build: the kills never interrupted a build");

        Assert.Equal(0, Build(Output).WaitForExitCode());
        Assert.False(Directory.Exists(Output + ".new"), "_site.new was not cleaned up by the next build");
        Assert.False(Directory.Exists(Output + ".old"), "_site.old was not cleaned up by the next build");
    }

    [Fact]
    public void A_swap_interrupted_between_two_renames_is_undone_by_the_next_build_even_a_failing_one()
    {
        WriteSite("A");
        Assert.Equal(0, Build(Output).WaitForExitCode());
        var a = Manifest(Output);
        Directory.Move(Output, Output + ".old");
        Directory.CreateDirectory(Path.Combine(Output + ".new", "en"));
        File.WriteAllText(Path.Combine(Input, "pages", "p0.en.md"), "---\ntitle: [unclosed\n---\n");

        var process = Build(Output);
        var error = process.StandardError.ReadToEnd();

        Assert.Equal(1, process.WaitForExitCode());
        Assert.Contains("_site/ was left as it was", error.Replace(_root + "/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(Same(Manifest(Output), a));
        Assert.False(Directory.Exists(Output + ".new"));
        Assert.False(Directory.Exists(Output + ".old"));
    }

    /// <summary>Waits until the build starts writing (its staging folder appears), then kills it after a random part
    /// of <paramref name="writing"/> (half as much again, to reach past the swap); with <paramref name="anyTime"/>, kills it
    /// at any moment of that span instead.</summary>
    /// <returns>True when the process was killed while it was writing.</returns>
    private bool KillAtRandom(Process process, Random random, TimeSpan writing, TimeSpan? anyTime)
    {
        var staging = Output + ".new";
        var delay = anyTime ?? writing * 1.5;
        if (anyTime is null)
        {
            WaitUntilWriting(process, staging);
        }

        process.WaitForExit(TimeSpan.FromMilliseconds(random.NextDouble() * delay.TotalMilliseconds));
        var wasWriting = !process.HasExited && Directory.Exists(staging);
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.WaitForExit();
        return wasWriting;
    }

    /// <summary>Builds into <paramref name="output"/> and returns how long its staging folder existed: the time Write takes.</summary>
    private TimeSpan TimedBuild(string output)
    {
        var staging = output + ".new";
        var process = Build(output);
        WaitUntilWriting(process, staging);
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && Directory.Exists(staging))
        {
            Thread.Sleep(1);
        }

        var writing = clock.Elapsed;
        Assert.Equal(0, process.WaitForExitCode());
        return writing;
    }

    private static void WaitUntilWriting(Process process, string staging)
    {
        while (!process.HasExited && !Directory.Exists(staging))
        {
            Thread.Sleep(1);
        }
    }

    private void WriteSite(string version)
    {
        Write("site.yml", "title: Kill test\nlanguages:\n  - {code: en, label: English, default: true}\n");
        for (var i = 0; i < 40; i++)
        {
            Write($"pages/p{i}.en.md", $"---\ntitle: Page {i}\n---\nVersion {version} of page {i}.\n\n" + string.Concat(Enumerable.Repeat($"Text {version}. ", 400)));
        }
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private Process Build(string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "uprsite.dll"), "build", "--input", Input, "--theme", RepoRoot.Theme, "--output", output })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static Dictionary<string, string> Manifest(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(folder, path),
            path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));

    private static bool Same(Dictionary<string, string> x, Dictionary<string, string> y) =>
        x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var hash) && hash == p.Value);
}
