using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Search;

/// <summary>
/// The site search in Chromium, served with netlify.toml's headers (its CSP): a reader types a query on the search
/// page of their language and sees links to the pages that hold it, Khmer words found inside runs without spaces.
/// </summary>
public sealed class SearchTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Every_Khmer_page_holding_a_Khmer_word_is_found_and_no_other_Khmer_page() =>
        AssertFoundAsync("km", SearchQueries.Khmer, exact: true);

    [Fact]
    public Task French_queries_find_their_pages_with_or_without_accents() => AssertFoundAsync("fr", SearchQueries.French, exact: false);

    [Fact]
    public Task English_queries_find_factsheets_pages_States_and_recommendations() => AssertFoundAsync("en", SearchQueries.English, exact: false);

    [Fact]
    public async Task The_search_box_of_the_header_opens_the_search_page_with_its_results()
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url("km/index.html"));
        await watch.Page.Locator("#site-search-q").PressSequentiallyAsync("ដីធ្លី");
        await watch.Page.Locator("#site-search-q").PressAsync("Enter");
        await watch.Page.WaitForSelectorAsync("#search-form[data-shown]");

        Assert.EndsWith("/km/search/index.html?q=%E1%9E%8A%E1%9E%B8%E1%9E%92%E1%9F%92%E1%9E%9B%E1%9E%B8", watch.Page.Url, StringComparison.Ordinal);
        Assert.Equal("ដីធ្លី", await watch.Page.InputValueAsync("#search-q"));
        Assert.Contains(browser.Sample.Url("km/countries/kh/factsheets/land/index.html"), await ResultsAsync(watch.Page));
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task The_search_works_from_disk()
    {
        // A context of its own: the watched one lets no request leave the test server.
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(Path.Combine(browser.SampleOutput, "fr", "search", "index.html")).AbsoluteUri);
        await page.WaitForSelectorAsync("#search-form[data-ready]");

        var expected = new Uri(Path.Combine(browser.SampleOutput, "fr", "countries", "kh", "factsheets", "land", "index.html")).AbsoluteUri;
        Assert.Contains(expected, await TypeAsync(page, "expulsions"));
        Assert.Empty(errors);
    }

    private async Task AssertFoundAsync(string language, IReadOnlyList<(string Query, string[] Expected)> queries, bool exact)
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url($"{language}/search/index.html"));
        await watch.Page.WaitForSelectorAsync("#search-form[data-ready]");
        var missed = new List<string>();
        var extra = new List<string>();
        var expectedCount = 0;
        foreach (var (query, expected) in queries)
        {
            var found = await TypeAsync(watch.Page, query);
            var wanted = expected.Select(browser.Sample.Url).ToList();
            expectedCount += wanted.Count;
            missed.AddRange(wanted.Where(w => !found.Contains(w)).Select(w => $"{query}: {w}"));
            // Khmer pages (not the English recommendations and States every language lists) holding the query.
            var ownPages = found.Where(f => f.StartsWith(browser.Sample.Url($"{language}/"), StringComparison.Ordinal) && !f.Contains("recommendations", StringComparison.Ordinal)
                && !f.Contains("/states/", StringComparison.Ordinal) && !f.Contains("labour", StringComparison.Ordinal) && !f.Contains("action-categories", StringComparison.Ordinal));
            extra.AddRange(ownPages.Where(f => !wanted.Contains(f)).Select(f => $"{query}: {f}"));
            output.WriteLine($"{query}: {found.Length} results, {wanted.Count(w => found.Contains(w))} of {wanted.Count} expected");
        }

        output.WriteLine($"recall {language}: {expectedCount - missed.Count}/{expectedCount}; pages beyond the expected: {extra.Count}");
        Assert.True(missed.Count == 0, "not found:\n" + string.Join('\n', missed));
        if (exact)
        {
            Assert.True(extra.Count == 0, "found without holding the query:\n" + string.Join('\n', extra));
        }

        await watch.AssertCleanAsync();
    }

    private static async Task<string[]> TypeAsync(IPage page, string query)
    {
        await page.FillAsync("#search-q", string.Empty);
        await page.Locator("#search-q").PressSequentiallyAsync(query);
        await page.WaitForFunctionAsync("q => document.getElementById('search-form').dataset.shown === q", query);
        return await ResultsAsync(page);
    }

    private static Task<string[]> ResultsAsync(IPage page) =>
        page.EvalOnSelectorAllAsync<string[]>("#search-results a", "links => links.map(a => a.href)");
}
