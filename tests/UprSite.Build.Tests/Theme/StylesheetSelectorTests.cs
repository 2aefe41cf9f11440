using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Theme;

/// <summary>
/// Every selector of the theme's stylesheets styles something: an element of a built sample page, or one that the
/// theme's scripts, plotly.js or the PDF printer create, or one the layouts write for data the sample does not have.
/// A selector nothing matches is dead weight for theme authors.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed partial class StylesheetSelectorTests(SampleSite sample)
{
    /// <summary>Classes (or whole selectors) no sample page has, with who makes them and when.</summary>
    private static readonly Dictionary<string, string> MadeElsewhere = new(StringComparer.Ordinal)
    {
        ["pdf-export"] = "the PDF printer marks the page it prints (UprSite.Printing, PdfBrowser)",
        ["js-plotly-plot"] = "plotly.js, on a drawn chart",
        ["plotly"] = "plotly.js, on a drawn chart",
        ["modebar-container"] = "plotly.js's mode bar",
        ["factsheet-downloads"] = "factsheet-article.html, with --pdf only",
        [".factsheet + .factsheet"] = "print-pack.html, with --pdf only",
        ["pack-cover"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-coalition"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-logo"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-date"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-contents"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-contents-title"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-contents-page"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-elsewhere"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-members"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-coming"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["pack-member-description"] = "the print pack's cover (print-pack.html), with --pdf only",
        ["paper-letter"] = "factsheet-article.html, when site.yml has print.paper: letter",
        ["brief-scope"] = "brief.html, for a State whose recommendations do not all fit on two pages (SwedenBriefTests)",
        ["brief-rest"] = "brief.html, as above",
        ["factsheet-more"] = "factsheet-article.html, for the further section of a fallback page",
        ["img"] = "Markdown images in pages and factsheets",
        ["response-pending"] = "the layouts' response-<key>: no sample recommendation awaits its response",
        ["response-partly-supported"] = "the layouts' response-<key>: no sample recommendation is partly supported",
        ["status-fully-implemented"] = "the layouts' status-<key>: no sample rating says fully implemented",
        [".status.status-partially-implemented"] = "factsheet-article.html's status-<key> of a previous recommendation: none in the sample is rated so",
        [".status.status-no-information"] = "as above, for no information",
        [".filter-panel[open] > summary"] = "explorer.js opens the explorer's filter panel on a wide screen",
        ["comparison-views"] = "comparison.html, on a site of several countries (samples/network; Browser Compare tests)",
        ["comparison-list"] = "the comparisons index, on a site of several countries (as above)",
        ["countries-index"] = "the countries index, on a site of several countries (Browser Desktop tests)",
        ["states-index"] = "the States index of a site of several countries (as above)",
        [".card-table td:empty"] = "a card's cell with nothing to show: a review without a date or session (every sample review has both)",
    };

    public static TheoryData<string> Stylesheets() => new() { "site.css", "data.css", "print.css" };

    [Theory]
    [MemberData(nameof(Stylesheets))]
    public void Every_selector_matches_an_element_of_a_sample_page_or_one_that_scripts_make(string stylesheet)
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", stylesheet));
        var selectors = CssSelectors.Of(css);
        Assert.True(selectors.Count > 20, $"{selectors.Count} selectors read from {stylesheet}");
        var pages = sample.Result.Output!.HtmlPages.Select(p => Html.Parse(Encoding.UTF8.GetString(p.Value.Content))).ToList();
        var scriptWords = ScriptWords();

        var unused = selectors.Where(selector =>
        {
            var plain = Dynamic().Replace(selector, string.Empty);
            var classes = ClassName().Matches(plain).Select(m => m.Groups[1].Value).ToList();
            if (MadeElsewhere.ContainsKey(selector) || classes.Any(c => MadeElsewhere.ContainsKey(c) || scriptWords.Contains(c)))
            {
                return false;
            }

            return !pages.Any(page => page.QuerySelector(plain.Length == 0 ? "*" : plain) is not null);
        }).ToList();

        Assert.True(unused.Count == 0, $"{stylesheet}: no sample page has an element for\n" + string.Join('\n', unused));
    }

    [Fact]
    public void The_reader_finds_rules_inside_media_blocks_and_skips_page_rules()
    {
        var selectors = CssSelectors.Of("@import url(\"a.css\");\n/* x { } */ a, b:not(.c, .d) { color: red; }\n@page a4 { size: A4; @bottom-right { content: \"1\"; } }\n@media print { .e .f { display: none; } }\n");

        Assert.Equal(["a", "b:not(.c, .d)", ".e .f"], selectors);
    }

    /// <summary>Every word inside a string literal of the theme's scripts: the classes they add and look for.</summary>
    private static HashSet<string> ScriptWords() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Theme, "assets", "js"), "*.js")
            .SelectMany(f => StringLiteral().Matches(File.ReadAllText(f)))
            .SelectMany(m => m.Groups[1].Value.Split([' ', '.', '#'], StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

    // States and pseudo-elements that a static page never is in: the element they style must exist all the same.
    [GeneratedRegex(@"::?(before|after|marker|hover|focus-visible|focus|target|active)\b")]
    private static partial Regex Dynamic();

    [GeneratedRegex(@"\.([A-Za-z][\w-]*)")]
    private static partial Regex ClassName();

    [GeneratedRegex("""["']([^"'\n]*)["']""")]
    private static partial Regex StringLiteral();
}
