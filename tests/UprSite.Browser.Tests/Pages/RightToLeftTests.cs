using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>An Arabic site: the layout mirrors and UN document symbols still read left to right.</summary>
public sealed class RightToLeftTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_layout_is_mirrored()
    {
        await using var watch = await browser.OpenAsync(width: 1024);
        await watch.GoAsync(browser.Arabic.Url("ar/countries/kh/index.html"));
        var width = 1024.0;

        var title = await watch.Page.Locator(".site-title").BoundingBoxAsync();
        var switcher = await watch.Page.Locator(".language-switcher").BoundingBoxAsync();
        var heading = await watch.Page.Locator("h1").BoundingBoxAsync();
        Assert.True(title!.X > width / 2, $"the site title starts at {title.X}px; in Arabic it belongs on the right");
        Assert.True(switcher!.X + switcher.Width < width / 2, "the language switcher belongs on the left");
        Assert.True(heading!.X + heading.Width > width * 0.75, "the heading starts at the right edge");
        var gaps = await watch.Page.EvalOnSelectorAsync<double[]>("table.reviews thead th", """
            th => {
              const range = document.createRange();
              range.selectNodeContents(th);
              const text = range.getBoundingClientRect(), cell = th.getBoundingClientRect();
              return [text.left - cell.left, cell.right - text.right];
            }
            """);
        Assert.True(gaps[1] < gaps[0], $"a column heading's text sits {gaps[0]:0}px from the left and {gaps[1]:0}px from the right of its cell");
        await watch.AssertCleanAsync();
    }

    [Theory]
    [InlineData("ar/countries/kh/factsheets/labour/index.html", ".factsheet-context bdi")]
    [InlineData("ar/countries/kh/index.html", ".review-sources [dir=ltr]")]
    public async Task Document_symbols_read_left_to_right_inside_Arabic_text(string path, string selector)
    {
        await using var watch = await browser.OpenAsync(width: 1024);
        await watch.GoAsync(browser.Arabic.Url(path));

        // Where the first and the last character of "A/HRC/26/16" are drawn: left to right, A comes first.
        var positions = await watch.Page.EvalOnSelectorAsync<double[]>(selector, """
            el => {
              const text = el.firstChild;
              const at = i => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect().left; };
              return [at(0), at(text.length - 1)];
            }
            """);
        Assert.Equal("A/HRC/26/16", await watch.Page.TextContentAsync(selector));
        Assert.True(positions[0] < positions[1], $"'A' is drawn at {positions[0]}px and the final '6' at {positions[1]}px");
    }
}
