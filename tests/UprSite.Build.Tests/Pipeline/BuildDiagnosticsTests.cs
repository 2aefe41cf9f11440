using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Pipeline;

/// <summary>Each way of breaking the input gives one clear error at the right place and leaves the last good site as it was.</summary>
public sealed class BuildDiagnosticsTests
{
    public static TheoryData<string, Action<TestSite>, string, string, int, string> Breakages => new()
    {
        {
            "malformed YAML", s => s.Write("countries/kh/factsheets/land.en.md", "---\ntitle: Land\nissues: [Right to land]\n  review: 4\n---\nText\n"),
            "UPR0101", "countries/kh/factsheets/land.en.md", 4, "cannot be read"
        },
        {
            "factsheet without title", s => s.Write("countries/kh/factsheets/land.en.md", "---\nreview: 4\n---\nText\n"),
            "UPR0201", "countries/kh/factsheets/land.en.md", 1, "add 'title: …'"
        },
        {
            "unknown language", s => s.Write("countries/kh/factsheets/land.de.md", SampleContent.Factsheet("Land")),
            "UPR0103", "countries/kh/factsheets/land.de.md", 0, "'de', which site.yml does not declare (it declares en, km)"
        },
        {
            "layout that fails to parse", s => s.Write("layouts/factsheet.html", "<h1>{{ factsheet.title }}</h1>\n{{ if factsheet.review }}\n<p>x</p>\n"),
            "UPR0302", "layouts/factsheet.html", 2, "{{ end }}"
        },
        {
            "layout that fails to render", s => s.Write("layouts/factsheet.html", "<h1>{{ factsheet.title }}</h1>\n<p>{{ factsheet.no_such_field }}</p>\n"),
            "UPR0303", "layouts/factsheet.html", 2, "no_such_field"
        },
        {
            "partial given too few parameters", s => s.Write("layouts/factsheet.html", "<h1>{{ factsheet.title }}</h1>\n{{ include 'factsheet-article' factsheet }}\n"),
            "UPR0303", "layouts/factsheet.html", 2, "takes 4 parameter(s) (factsheet, sections, previous, print), not 1"
        },
        {
            "partial reading what the layout set before the include", s => s
                .Write("layouts/home.html", "{{ list = home.factsheets }}{{ include 'mine' }}\n")
                .Write("partials/mine.html", "<p>\n{{ list.size }}</p>\n"),
            "UPR0303", "partials/mine.html", 2, "list"
        },
        {
            "country folder without country.yml", s => s.Write("countries/th/factsheets/land.en.md", SampleContent.Factsheet("Land")),
            "UPR0104", "countries/th", 0, "has no country.yml"
        },
        {
            "broken internal link", s => s.Write("pages/about.en.md", "---\ntitle: About\n---\nIntro.\n\nRead [this](/en/countries/kh/factsheets/lnad/).\n"),
            "UPR0401", "pages/about.en.md", 6, "'/en/countries/kh/factsheets/lnad/'"
        },
        {
            "broken anchor", s => s.Write("pages/about.en.md", "---\ntitle: About\n---\nRead [this](/en/countries/kh/#cycle-9).\n"),
            "UPR0402", "pages/about.en.md", 4, "'#cycle-9'"
        },
        {
            "missing site.yml", s => s.Delete("site.yml"),
            "UPR0100", "site.yml", 0, "there is no site.yml"
        },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_breakage_is_reported_where_it_is_and_the_previous_site_stays(
        string what, Action<TestSite> breakIt, string code, string file, int line, string words)
    {
        using var site = SampleContent.BilingualSite();
        Assert.True(site.Build().Succeeded, what);
        var before = Snapshot(site.Output);

        breakIt(site);
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.EndsWith(file, error.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.False(Directory.Exists(site.Output + ".new"));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_previous_site()
    {
        using var site = SampleContent.BilingualSite();
        Assert.True(site.Build().Succeeded);
        site.Delete("pages/about.en.md");
        Assert.True(site.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "en/pages/about/index.html")));
        Assert.False(Directory.Exists(site.Output + ".old"));
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var site = SampleContent.BilingualSite();
        var result = site.Build(write: false);
        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_from_a_layout_is_reported_in_the_output_page()
    {
        using var site = SampleContent.BilingualSite().Write("partials/footer.html", "<footer><a href=\"{{ href 'en/nowhere.html' }}\">x</a></footer>");
        var result = site.Build(write: false);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenLink.Id, error.Code);
        Assert.Contains("comes from a layout", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
