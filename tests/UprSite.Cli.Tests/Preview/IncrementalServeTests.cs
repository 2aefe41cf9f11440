using System.Text.RegularExpressions;
using UprSite.Build.Pipeline;

namespace UprSite.Cli.Tests.Preview;

/// <summary>
/// serve after edits that change, add and remove pages: it renders again only the pages an edit changes, and what it
/// serves and what it leaves in the output folder are the files of a clean build of the same input, byte for byte.
/// </summary>
[Collection(CliCollection.Name)]
public sealed partial class IncrementalServeTests : IDisposable
{
    private readonly PreviewTestSite _site = new();

    [Fact]
    public async Task After_each_edit_the_served_files_and_the_output_folder_are_a_clean_builds()
    {
        _site.Write("pages/other.en.md", "---\ntitle: Other\n---\nUntouched text.\n");
        await using var preview = await RunningPreview.StartAsync(_site.Options);
        using var events = await preview.OpenEventsAsync();
        Assert.Equal(1, (await events.NextAsync()).GetProperty("build").GetInt32());
        await WaitForBuiltLinesAsync(preview, 1);

        var edits = new Action[]
        {
            () => _site.Write("pages/about.en.md", "---\ntitle: About\n---\nSecond text.\n"),
            () => _site.Write("pages/added.en.md", "---\ntitle: Added\n---\nA new page, linking [about](/en/pages/about/).\n"),
            () => File.Delete(Path.Combine(_site.Input, "pages/added.en.md")),
        };
        for (var i = 0; i < edits.Length; i++)
        {
            edits[i]();
            Assert.Equal(i + 2, (await events.NextAsync()).GetProperty("build").GetInt32());
            await WaitForBuiltLinesAsync(preview, i + 2);
            await AssertServedAndWrittenAsClean(preview);
        }

        // The first edit changed one page: the others were kept from the build before.
        var kept = KeptLine().Matches(preview.Printed).Select(m => (Rendered: int.Parse(m.Groups[1].Value), Kept: int.Parse(m.Groups[2].Value))).ToList();
        Assert.Equal(edits.Length, kept.Count);
        Assert.Equal(1, kept[0].Rendered);
        Assert.True(kept[0].Kept > 0, preview.Printed);
        Assert.Contains("Second text.", await preview.Http.GetStringAsync("en/pages/about/"), StringComparison.Ordinal);
    }

    private async Task AssertServedAndWrittenAsClean(RunningPreview preview)
    {
        var clean = SiteBuilder.Build(_site.Options with { Write = false, Drafts = true });
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics));
        var output = Path.Combine(_site.Root, "_site");
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(clean.Output!.Files.Keys, written);
        foreach (var (path, file) in clean.Output.Files)
        {
            Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, path))), $"_site/{path} differs from a clean build");
            if (!path.EndsWith(".html", StringComparison.Ordinal))
            {
                // Pages are served with the reload script added; every other file as built.
                Assert.Equal(file.Content, await preview.Http.GetByteArrayAsync(path));
            }
        }
    }

    private static async Task WaitForBuiltLinesAsync(RunningPreview preview, int builds)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (BuiltLine().Matches(preview.Printed).Count < builds)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), preview.Printed);
            await Task.Delay(20);
        }
    }

    [GeneratedRegex(@"^Built \d+ pages", RegexOptions.Multiline)]
    private static partial Regex BuiltLine();

    [GeneratedRegex(@"\((\d+) pages? rendered, (\d+) unchanged kept\)")]
    private static partial Regex KeptLine();

    public void Dispose() => _site.Dispose();
}
