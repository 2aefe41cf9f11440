using AngleSharp.Html.Parser;
using UprSite.Build.Content;
using UprSite.Build.Markdown;
using UprSite.Build.Pages;
using UprSite.Build.Pages.Models;
using UprSite.Build.Sources;
using UprSite.Build.Tests.Support;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Factsheets;

[Collection(SampleCollection.Name)]
public sealed class FactsheetSectionTests(SampleSite sample)
{
    private const string FrontMatter = """
        ---
        title: Land
        issues: [Right to land, Right to housng]
        ---

        """;

    private const string Questions = """
        1. How many disputes are pending?
        2. How were families consulted?
        3. How many titles were issued?
        4. Will the list of concessions be published?

        """;

    [Fact]
    public void Parts_are_found_by_the_headings_of_the_factsheet_language_and_items_keep_their_lines()
    {
        using var site = new TestSite();
        site.Write("countries/kh/factsheets/land.en.md", FrontMatter + "Context first.\n\n## Questions\n\n" + Questions
            + "## Recommendations\n\nOur drafts:\n\n1. Adopt a law on evictions by 2026.\n2. Publish the register of concessions by 2027.\n\nSources: our report.\n");

        var result = site.Build(write: false);

        var factsheet = result.Site!.Countries[0].Factsheets.Single();
        var sections = factsheet.Sections;
        var html = SectionsHtml(site, factsheet);
        Assert.Contains("Context first.", html.Context.Value, StringComparison.Ordinal);
        Assert.Equal(4, sections.Questions!.Items.Count);
        Assert.Equal((9, 4), (sections.Questions.Items[0].Line, sections.Questions.Items[0].Column));
        Assert.Equal("How many disputes are pending?", sections.Questions.Items[0].Text);
        Assert.Equal("Recommendations", sections.Recommendations!.Heading);
        Assert.Equal(["Adopt a law on evictions by 2026.", "Publish the register of concessions by 2027."], sections.Recommendations.Items.Select(i => i.Text));
        Assert.Equal(17, sections.Recommendations.Items[0].Line);
        Assert.Contains("Our drafts:", html.Recommendations!.Intro.Value, StringComparison.Ordinal);
        Assert.Contains("Sources: our report.", html.Recommendations.Outro.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Our drafts:", html.Recommendations.Outro.Value, StringComparison.Ordinal);
    }

    /// <summary>The factsheet's parts as its own page renders them, from the Markdown Parse kept.</summary>
    private static FactsheetSectionsView SectionsHtml(TestSite site, Factsheet factsheet)
    {
        var diagnostics = new DiagnosticList();
        var parsed = new SiteParser().Parse(SourceLoader.Load(site.Input, RepoPaths.Theme, diagnostics), diagnostics)!;
        var built = SiteValidator.Validate(parsed, diagnostics);
        var path = SitePaths.Factsheet(factsheet.Language, factsheet.CountryCode, factsheet.Slug);
        return FactsheetHtml.For(built, new MarkdownRenderer(), parsed.Markdown, factsheet, path).Sections(factsheet.Sections);
    }

    [Fact]
    public void Khmer_headings_from_the_i18n_table_and_explicit_ids_both_open_the_parts()
    {
        using var site = new TestSite();
        site.Write("countries/kh/factsheets/land.en.md", FrontMatter.Replace(", Right to housng", "") + "## Questions\n\n" + Questions + "## Our asks {#recommendations}\n\n1. Adopt a law by 2026.\n")
            .Write("countries/kh/factsheets/land.km.md", FrontMatter.Replace(", Right to housng", "") + "## សំណួរ\n\n" + Questions + "## អនុសាសន៍\n\n1. អនុម័តច្បាប់ ត្រឹមឆ្នាំ២០២៦។\n");

        var result = site.Build(write: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("UPR07", StringComparison.Ordinal));
        var factsheets = result.Site!.Countries[0].Factsheets;
        Assert.All(factsheets, f => Assert.Equal(4, f.Sections.Questions!.Items.Count));
        Assert.Equal("Our asks", factsheets.Single(f => f.Language == "en").Sections.Recommendations!.Heading);
        Assert.Equal("អនុសាសន៍", factsheets.Single(f => f.Language == "km").Sections.Recommendations!.Heading);
    }

    [Fact]
    public void The_page_has_stable_anchors_for_parts_and_items_and_loads_the_copy_script_as_a_file()
    {
        using var site = new TestSite();
        site.Write("countries/kh/factsheets/land.en.md", FrontMatter + "## Questions\n\n" + Questions + "## Recommendations\n\n1. Adopt a law by 2026.\n2. Publish the register by 2027.\n");

        Assert.True(site.Build().Succeeded);

        var page = new HtmlParser().ParseDocument(site.ReadOutput("en/countries/kh/factsheets/land/index.html"));
        Assert.Equal("Questions", page.GetElementById("questions")!.TextContent);
        Assert.Equal("Recommendations", page.GetElementById("recommendations")!.TextContent);
        Assert.Equal("How were families consulted?", page.GetElementById("question-2")!.TextContent.Trim());
        Assert.Equal("Publish the register by 2027.", page.GetElementById("recommendation-2")!.TextContent.Trim());
        Assert.NotNull(page.GetElementById("previous"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        // Asset names carry a hash of their content (AssetPlan): assets/js/factsheet.<hash>.js.
        var script = page.QuerySelector("script[src*='assets/js/factsheet.']");
        Assert.NotNull(script);
        Assert.Matches(@"assets/js/factsheet\.[0-9a-f]{10}\.js$", script!.GetAttribute("src"));
        Assert.True(File.Exists(Path.Combine(site.Output, UprSite.Core.Urls.RelativeUrl.Resolve("en/countries/kh/factsheets/land/index.html", script.GetAttribute("src")!))));
        // The QR code to the factsheet sits beside its title (printed only).
        Assert.NotNull(page.QuerySelector(".factsheet-header .print-qr svg.qr-code[aria-label*='https://test.example.org/en/countries/kh/factsheets/land/']"));
        Assert.Contains("https://test.example.org/en/countries/kh/factsheets/land/", page.QuerySelector(".print-url")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href$='.pdf']"));
    }

    [Fact]
    public void Checks_report_at_the_file_line_and_column_of_what_they_are_about()
    {
        using var site = new TestSite();
        site.Write("countries/kh/factsheets/land.en.md", FrontMatter + "## Questions\n\n1. Only one?\n\n## Recommendations\n\n1. Adopt a law by 2026.\n2. Consider ratifying the Convention by 2027.\n");

        var result = site.Build(write: false);

        var file = Path.Combine(site.Input, "countries/kh/factsheets/land.en.md").Replace('\\', '/');
        var issue = Assert.Single(result.Diagnostics, d => d.Code == "UPR0704");
        Assert.Equal((3, 25), (issue.Line, issue.Column));
        Assert.EndsWith("did you mean 'Right to housing'?", issue.Message, StringComparison.Ordinal);
        var questions = Assert.Single(result.Diagnostics, d => d.Code == "UPR0701");
        Assert.Equal((5, 1), (questions.Line, questions.Column));
        var weak = Assert.Single(result.Diagnostics, d => d.Code == "UPR0703");
        Assert.Equal((12, 4), (weak.Line, weak.Column));
        Assert.EndsWith(file, weak.File, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_factsheet_without_recommendations_fails_the_build()
    {
        using var site = new TestSite();
        site.Write("countries/kh/factsheets/land.en.md", FrontMatter + "## Questions\n\n" + Questions);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == "UPR0702");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void The_sample_factsheets_pass_every_factsheet_check()
    {
        var result = sample.Result;

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("UPR07", StringComparison.Ordinal));
        Assert.All(result.Site!.Countries.SelectMany(c => c.Factsheets), f =>
        {
            Assert.InRange(f.Sections.Questions!.Items.Count, 4, 5);
            Assert.NotEmpty(f.Sections.Recommendations!.Items);
        });
    }
}
