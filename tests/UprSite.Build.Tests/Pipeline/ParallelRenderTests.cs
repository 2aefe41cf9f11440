using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pipeline;

/// <summary>
/// Pages render on several threads and go to the staging folder as they are made: the sample written that way twice,
/// and once on one thread, gives the same files with the same bytes as the sample built in memory.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class ParallelRenderTests(SampleSite sample) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-parallel-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Parallel_and_sequential_builds_write_the_same_bytes_as_the_build_in_memory()
    {
        var inMemory = sample.Result.Output!.Files;
        var builds = new[] { ("first", 4), ("second", 4), ("sequential", 1) }
            .Select(b => (Dir: Path.Combine(_root, b.Item1), Result: SiteBuilder.Build(
                new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Path.Combine(_root, b.Item1)) { RenderThreads = b.Item2 })))
            .ToList();

        foreach (var (dir, result) in builds)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
            Assert.Equal(sample.Result.Diagnostics, result.Diagnostics);
            var written = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(inMemory.Keys, written);
            Assert.All(inMemory, f => Assert.True(f.Value.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, f.Key))), $"{dir}: {f.Key} differs"));
            // What the result holds is read back from the output folder after the swap.
            Assert.Equal(inMemory["en/index.html"].Content, result.Output!.Files["en/index.html"].Content);
            Assert.False(Directory.Exists(dir + ".new"));
        }
    }

    [Fact]
    public void A_build_that_fails_after_render_leaves_no_staging_folder_and_the_output_untouched()
    {
        var input = Path.Combine(_root, "input");
        CopyFolder(RepoPaths.Input, input);
        var output = Path.Combine(_root, "_site");
        Assert.True(SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output)).Succeeded);
        var before = File.ReadAllBytes(Path.Combine(output, "en/pages/about/index.html"));
        File.AppendAllText(Path.Combine(input, "pages/about.en.md"), "\n[broken](/en/no-such-page/)\n");

        var failed = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output));

        Assert.Contains(failed.Diagnostics, d => d.Code == "UPR0401" && d.File.EndsWith("pages/about.en.md", StringComparison.Ordinal));
        Assert.False(Directory.Exists(output + ".new"));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "en/pages/about/index.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
