using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Network;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pipeline;

/// <summary>
/// On the many-country sample (samples/network/: four countries, site-wide pages, comparisons, briefs), a build that
/// reuses what the previous one left gives after each edit every output byte and diagnostic of a clean build, and an
/// edit of one country's factsheet keeps every other country's figures and pages without making them again.
/// </summary>
public sealed class IncrementalNetworkBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-incremental-network-" + Guid.NewGuid().ToString("N")[..12]);

    public IncrementalNetworkBuildTests()
    {
        IncrementalSite.CopyFolder(NetworkSample.Input, Input);
    }

    private string Input => Path.Combine(_root, "input");

    private BuildOptions Options => new(Input, RepoPaths.Theme, Path.Combine(_root, "_site"), Write: false) { Drafts = true };

    [Fact]
    public void Edits_of_one_countrys_factsheet_and_rows_give_a_clean_builds_bytes_and_keep_the_other_countries()
    {
        var memory = new BuildMemory();
        var first = SiteBuilder.Build(Options, memory);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Where(d => d.IsError)));
        var pages = first.Output!.HtmlPages.Count();

        // The body of a factsheet: its own pages and the briefs that draft from it are made again, nothing else.
        IncrementalSite.Append(Input, "countries/mw/factsheets/land.en.md", "\nA network marker paragraph.\n");
        var body = BuildAndCompare(memory, first);
        Assert.Contains("A network marker paragraph.", IncrementalSite.Text(body, "en/countries/mw/factsheets/land/index.html"), StringComparison.Ordinal);
        Assert.InRange(memory.Pages.Rendered, 1, 40);
        Assert.True(memory.Pages.Reused > pages - 40, $"{memory.Pages.Reused} of {pages} pages kept");
        Assert.Equal(4, memory.Validations.Reused);
        Assert.Equal(4, memory.Figures.Reused);
        Assert.True(memory.Groups.Reused > 20, $"{memory.Groups.Reused} groups kept");

        // Its title, which the country page, the home page, the State pages and the briefs list.
        IncrementalSite.Replace(Input, "countries/mw/factsheets/land.en.md", "title: \"", "title: \"Marker title — ");
        var title = BuildAndCompare(memory, body);
        Assert.Contains("Marker title", IncrementalSite.Text(title, "en/countries/mw/index.html"), StringComparison.Ordinal);
        Assert.True(memory.Pages.Rendered > 3, $"{memory.Pages.Rendered} pages rendered");

        // The response of a row of another country: its figures, the site-wide pages and the comparisons change.
        var csv = Path.Combine(Input, "countries/pe/recommendations/cycle-2.csv");
        var lines = File.ReadAllLines(csv);
        Assert.Contains(",supported,", lines[1], StringComparison.Ordinal);
        lines[1] = lines[1].Replace(",supported,", ",noted,", StringComparison.Ordinal);
        File.WriteAllLines(csv, lines);
        BuildAndCompare(memory, title);
        Assert.Equal(3, memory.Validations.Reused);
    }

    /// <summary>Builds again with the memory and without one, and asserts both give the same bytes and diagnostics, unlike <paramref name="before"/>.</summary>
    private BuildResult BuildAndCompare(BuildMemory memory, BuildResult before)
    {
        var incremental = SiteBuilder.Build(Options, memory);
        var clean = SiteBuilder.Build(Options);
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics.Where(d => d.IsError)));
        IncrementalSite.AssertSameOutput(clean, incremental);
        Assert.Contains(before.Output!.Files, f => !incremental.Output!.Files.TryGetValue(f.Key, out var now) || !now.Content.AsSpan().SequenceEqual(f.Value.Content));
        return incremental;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
