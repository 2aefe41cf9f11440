using UprSite.Build.Scaffolding;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Basics;

/// <summary>Factsheets marked <c>draft: true</c>, and skeletons whose placeholders were never replaced.</summary>
public sealed class DraftsAndPlaceholdersTests : IDisposable
{
    private const string Body = "Context.\n\n## Questions\n1. One?\n2. Two?\n3. Three?\n4. Four?\n\n## Recommendations\n1. Adopt a law by 2027.\n";
    private readonly TestSite _site = new TestSite()
        .Write("countries/kh/factsheets/land.en.md", "---\ntitle: Land\nissues: [Right to land]\ndraft: true\n---\n" + Body)
        .Write("countries/kh/factsheets/labour.en.md", "---\ntitle: Labour\ndraft: false\n---\n" + Body);

    [Fact]
    public void A_draft_is_left_out_of_the_build_with_a_note_where_it_says_draft()
    {
        var result = _site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Output!.Contains(SitePaths.Factsheet("en", "kh", "land")));
        Assert.True(result.Output.Contains(SitePaths.Factsheet("en", "kh", "labour")));
        var note = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftLeftOut.Id);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.EndsWith("countries/kh/factsheets/land.en.md", note.File, StringComparison.Ordinal);
        Assert.Equal((4, 1), (note.Line, note.Column));
        Assert.DoesNotContain("factsheets/land/", System.Text.Encoding.UTF8.GetString(result.Output.Files[SitePaths.Sitemap].Content), StringComparison.Ordinal);
    }

    [Fact]
    public void With_drafts_the_draft_is_built_like_any_factsheet()
    {
        var result = UprSite.Build.Pipeline.SiteBuilder.Build(_site.Options(write: false) with { Drafts = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Output!.Contains(SitePaths.Factsheet("en", "kh", "land")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftLeftOut.Id);
    }

    [Fact]
    public void A_link_to_a_left_out_draft_is_a_broken_link()
    {
        _site.Write("pages/about.en.md", "---\ntitle: About\n---\nSee [land](/en/countries/kh/factsheets/land/).\n");

        var result = _site.Build(write: false);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink.Id && d.File.EndsWith("about.en.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_unreplaced_skeleton_placeholder_is_a_warning_at_its_line()
    {
        var skeleton = FactsheetSkeleton.Text("water", "Questions", "Recommendations", new DateOnly(2026, 12, 1));
        _site.Write("countries/kh/factsheets/water.en.md", skeleton);
        var lines = skeleton.Split('\n');
        int LineOf(string text) => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;

        var warnings = _site.Build(write: false).Diagnostics.Where(d => d.Code == DiagnosticCodes.SkeletonPlaceholder.Id).ToList();

        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.EndsWith("water.en.md", w.File, StringComparison.Ordinal));
        int[] expected = [LineOf("working-group@example.org"), LineOf("Context: two or three"), LineOf("1. A question"), LineOf("2. A question"),
            LineOf("3. A question"), LineOf("4. A question"), LineOf("1. Adopt, by the end of 2027")];
        Assert.Equal(expected, warnings.Select(w => w.Line));
        Assert.Equal(4, warnings[2].Column);
    }

    [Fact]
    public void A_placeholder_that_was_rewritten_is_no_longer_reported()
    {
        var skeleton = FactsheetSkeleton.Text("water", "Questions", "Recommendations", new DateOnly(2026, 12, 1));
        var edited = skeleton.Replace("how many …, since when …?", "how many households lost their land since 2019?", StringComparison.Ordinal);
        _site.Write("countries/kh/factsheets/water.en.md", edited);

        var warnings = _site.Build(write: false).Diagnostics.Where(d => d.Code == DiagnosticCodes.SkeletonPlaceholder.Id).ToList();

        Assert.Equal(6, warnings.Count);
        Assert.DoesNotContain(warnings, w => edited.Split('\n')[w.Line - 1].Contains("households", StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();
}
