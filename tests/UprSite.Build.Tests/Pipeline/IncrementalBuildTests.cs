using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pipeline;

/// <summary>
/// A build that reuses what the previous one left (<see cref="BuildMemory"/>, as <c>serve</c> does) gives, after each
/// kind of edit, every output byte and every diagnostic of a clean build of the same input, and reuses only what the
/// edit left unchanged.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-incremental-" + Guid.NewGuid().ToString("N")[..12]);

    public IncrementalBuildTests()
    {
        CopyFolder(RepoPaths.Input, Input);
        CopyFolder(RepoPaths.Theme, Theme);
    }

    private string Input => Path.Combine(_root, "input");

    private string Theme => Path.Combine(_root, "theme");

    private BuildOptions Options => new(Input, Theme, Path.Combine(_root, "_site"), Write: false) { Drafts = true };

    [Fact]
    public void A_factsheet_edit_renders_only_the_pages_it_changes_and_reimports_nothing()
    {
        var (memory, incremental) = BuildEditAndCompare(() =>
            Append(Input, "countries/kh/factsheets/land.en.md", "\nAn incremental marker paragraph.\n"));

        Assert.Contains("An incremental marker paragraph.", Text(incremental, "en/countries/kh/factsheets/land/index.html"), StringComparison.Ordinal);
        Assert.InRange(memory.Pages.Rendered, 1, 10);
        Assert.True(memory.Pages.Reused > 80, $"{memory.Pages.Reused} pages kept");
        Assert.Equal(0, memory.Imports.Imported);
        Assert.True(memory.Imports.Reused > 0);
    }

    [Fact]
    public void A_recommendations_csv_edit_reimports_that_file_and_gives_a_clean_builds_bytes()
    {
        var (memory, incremental) = BuildEditAndCompare(() => Replace(Input, "countries/kh/recommendations/sample.csv",
            "Move faster on setting up a national human rights institution.", "Set up an incremental marker institution."));

        Assert.Contains(incremental.Output!.HtmlPages, p => Text(incremental, p.Key).Contains("Set up an incremental marker institution.", StringComparison.Ordinal));
        Assert.Equal(1, memory.Imports.Imported);
        Assert.True(memory.Pages.Rendered > 1, $"{memory.Pages.Rendered} pages rendered");
    }

    [Fact]
    public void A_site_yml_edit_renders_every_page_again()
    {
        var (memory, incremental) = BuildEditAndCompare(() => Replace(Input, "site.yml", "en: Cambodia UPR Coalition", "en: Cambodia UPR Marker Coalition"));

        Assert.Contains("Cambodia UPR Marker Coalition", Text(incremental, "en/index.html"), StringComparison.Ordinal);
        Assert.Equal(0, memory.Pages.Reused);
    }

    [Fact]
    public void A_theme_layout_edit_renders_every_page_again()
    {
        var (memory, incremental) = BuildEditAndCompare(() => Append(Theme, "layouts/factsheet.html", "<p>theme marker</p>\n"));

        Assert.Contains("<p>theme marker</p>", Text(incremental, "fr/countries/kh/factsheets/land/index.html"), StringComparison.Ordinal);
        Assert.Equal(0, memory.Pages.Reused);
    }

    [Fact]
    public void A_ui_translation_edit_gives_a_clean_builds_bytes()
    {
        var (memory, incremental) = BuildEditAndCompare(() => Replace(Theme, "i18n/fr.yml", "title: Page introuvable", "title: Page marqueur introuvable"));

        Assert.Contains("Page marqueur introuvable", Text(incremental, "fr/404.html"), StringComparison.Ordinal);
        Assert.Equal(0, memory.Pages.Reused);
    }

    [Fact]
    public void A_new_factsheet_translation_replaces_the_fallback_pages_as_a_clean_build_does()
    {
        var english = File.ReadAllText(Path.Combine(Input, "countries/kh/factsheets/labour.en.md"));
        var (memory, incremental) = BuildEditAndCompare(() =>
            File.WriteAllText(Path.Combine(Input, "countries/kh/factsheets/labour.fr.md"), english.Replace("title:", "title: Travail marqueur —", StringComparison.Ordinal)));

        Assert.Contains("Travail marqueur", Text(incremental, "fr/countries/kh/factsheets/labour/index.html"), StringComparison.Ordinal);
        Assert.True(memory.Pages.Reused > 0);
    }

    [Fact]
    public void A_broken_link_added_by_an_edit_is_reported_as_a_clean_build_reports_it()
    {
        var memory = new BuildMemory();
        Assert.True(SiteBuilder.Build(Options, memory).Succeeded);
        Append(Input, "countries/kh/factsheets/land.en.md", "\nSee [the missing page](/en/no-such-page/).\n");

        var incremental = SiteBuilder.Build(Options, memory);
        var clean = SiteBuilder.Build(Options);

        Assert.False(incremental.Succeeded);
        var broken = Assert.Single(incremental.Diagnostics, d => d.Code == "UPR0401");
        Assert.EndsWith("countries/kh/factsheets/land.en.md", broken.File, StringComparison.Ordinal);
        Assert.Equal(clean.Diagnostics, incremental.Diagnostics);
    }

    [Fact]
    public void An_anchor_removed_from_one_page_is_reported_on_a_kept_page_that_links_to_it()
    {
        var memory = new BuildMemory();
        Append(Input, "countries/kh/factsheets/land.en.md", "\nSee [the marker on labour](/en/countries/kh/factsheets/labour/#marker-anchor).\n");
        Replace(Input, "countries/kh/factsheets/labour.en.md", "## Questions", "A paragraph {#marker-anchor}\n\n## Questions");
        Assert.True(SiteBuilder.Build(Options, memory).Succeeded);
        Assert.True(SiteBuilder.Build(Options, memory).Succeeded);
        Assert.True(memory.Links.WasIncremental);
        Replace(Input, "countries/kh/factsheets/labour.en.md", "A paragraph {#marker-anchor}", "A paragraph");

        var incremental = SiteBuilder.Build(Options, memory);
        var clean = SiteBuilder.Build(Options);

        Assert.True(memory.Links.WasIncremental);
        Assert.Single(clean.Diagnostics, d => d.Code == "UPR0402");
        var broken = Assert.Single(incremental.Diagnostics, d => d.Code == "UPR0402");
        Assert.EndsWith("countries/kh/factsheets/land.en.md", broken.File, StringComparison.Ordinal);
        Assert.Equal(clean.Diagnostics, incremental.Diagnostics);
    }

    [Fact]
    public void An_edit_undone_gives_the_first_builds_bytes_again()
    {
        var memory = new BuildMemory();
        var first = SiteBuilder.Build(Options, memory);
        var path = Path.Combine(Input, "countries/kh/factsheets/civic-space.km.md");
        var original = File.ReadAllBytes(path);
        Append(Input, "countries/kh/factsheets/civic-space.km.md", "\nA paragraph added, then removed.\n");
        Assert.True(SiteBuilder.Build(Options, memory).Succeeded);
        File.WriteAllBytes(path, original);

        var undone = SiteBuilder.Build(Options, memory);

        AssertSameOutput(first, undone);
        Assert.True(memory.Pages.Reused > 80);
    }

    /// <summary>Builds with a memory, edits, builds again with it and without one, and asserts both give the same bytes and diagnostics.</summary>
    private (BuildMemory Memory, BuildResult Incremental) BuildEditAndCompare(Action edit)
    {
        var memory = new BuildMemory();
        var first = SiteBuilder.Build(Options, memory);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Where(d => d.IsError)));
        edit();

        var incremental = SiteBuilder.Build(Options, memory);
        var clean = SiteBuilder.Build(Options);

        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics.Where(d => d.IsError)));
        AssertSameOutput(clean, incremental);
        // The edit changed the output, so a memory that kept everything would fail the comparison above.
        Assert.Contains(first.Output!.Files, f => !incremental.Output!.Files.TryGetValue(f.Key, out var now) || !now.Content.AsSpan().SequenceEqual(f.Value.Content));
        return (memory, incremental);
    }

    private static void AssertSameOutput(BuildResult expected, BuildResult actual) => IncrementalSite.AssertSameOutput(expected, actual);

    private static string Text(BuildResult result, string path) => IncrementalSite.Text(result, path);

    private static void Append(string root, string path, string text) => IncrementalSite.Append(root, path, text);

    private static void Replace(string root, string path, string from, string to) => IncrementalSite.Replace(root, path, from, to);

    private static void CopyFolder(string from, string to) => IncrementalSite.CopyFolder(from, to);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
