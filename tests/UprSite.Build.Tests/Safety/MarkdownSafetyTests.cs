using UprSite.Build.Markdown;
using UprSite.Build.Markdown.Safety;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Safety;

/// <summary>Links, raw HTML and attributes in Markdown, made safe on the Markdig AST before rendering.</summary>
public sealed class MarkdownSafetyTests
{
    private readonly DiagnosticList _diagnostics = new();

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "javascript")]
    [InlineData("[x](&#106;avascript:alert(1))", "javascript")]
    [InlineData("[x](&#x6A;&#x61;vascript&#58;alert(1))", "javascript")]
    [InlineData("[x](<java\tscript:alert(1)>)", "javascript")]
    [InlineData("[x](<java&#10;script:alert(1)>)", "javascript")]
    [InlineData("[x](&#1;javascript:alert(1))", "javascript")]
    [InlineData("[x](<&#32;javascript:alert(1)>)", "javascript")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data")]
    [InlineData("![x](data:image/svg+xml,<svg/onload=alert(1)>)", "data")]
    [InlineData("[x](vbscript:msgbox(1))", "vbscript")]
    [InlineData("[x](file:///etc/passwd)", "file")]
    [InlineData("<javascript:alert(1)>", "javascript")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)", "javascript")]
    [InlineData("[x]\n\n[x]: &#106;avascript:alert(1)", "javascript")]
    public void A_link_with_another_scheme_is_an_error_at_its_position_and_only_its_text_is_shown(string markdown, string scheme)
    {
        var html = Render("Intro.\n\n" + markdown + "\n");

        var error = Assert.Single(_diagnostics.Items, d => d.Code == DiagnosticCodes.UnsafeLink.Id);
        Assert.True(error.IsError);
        Assert.Equal("page.md", error.File);
        Assert.True(error.Line >= 12, $"line {error.Line}");
        Assert.True(error.Column >= 1);
        Assert.Contains(scheme + ":", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_points_at_the_link()
    {
        Render("First line.\n\nSee [the report](javascript:alert(1)) here.\n");

        var error = Assert.Single(_diagnostics.Items);
        Assert.Equal((12, 5), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("[x](https://www.ohchr.org/)", "href=\"https://www.ohchr.org/\"")]
    [InlineData("[x](HTTP://example.org/)", "href=\"HTTP://example.org/\"")]
    [InlineData("[x](mailto:a@example.org)", "href=\"mailto:a@example.org\"")]
    [InlineData("[x](/en/pages/about/)", "href=\"")]
    [InlineData("[x](#questions)", "href=\"#questions\"")]
    [InlineData("[x](../land/)", "href=\"../land/index.html\"")]
    [InlineData("<https://example.org/>", "href=\"https://example.org/\"")]
    [InlineData("<a@example.org>", "href=\"mailto:a@example.org\"")]
    [InlineData("www.example.org", "href=\"http://www.example.org\"")]
    public void Http_https_mailto_and_scheme_less_addresses_stay_links(string markdown, string expected)
    {
        var html = Render(markdown + "\n");

        Assert.Empty(_diagnostics.Items);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Line one<br>line two <br/>", "Line one<br>line two <br>")]
    [InlineData("E = mc<sup>2</sup> and H<sub>2</sub>O", "E = mc<sup>2</sup> and H<sub>2</sub>O")]
    [InlineData("<abbr title=\"Universal Periodic Review\">UPR</abbr>", "<abbr title=\"Universal Periodic Review\">UPR</abbr>")]
    [InlineData("<span lang=\"km\" dir=\"ltr\">ខ្មែរ</span>", "<span lang=\"km\" dir=\"ltr\">ខ្មែរ</span>")]
    [InlineData("<ABBR TITLE='a \"quoted\" title'>x</ABBR>", "<abbr title=\"a &quot;quoted&quot; title\">x</abbr>")]
    public void Allowed_tags_are_kept(string markdown, string expected)
    {
        var html = Render(markdown + "\n");

        Assert.Empty(_diagnostics.Items);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi <script>alert(1)</script> there", "script")]
    [InlineData("<img src=x onerror=alert(1)>", "img")]
    [InlineData("x <iframe src=javascript:alert(1)></iframe>", "iframe")]
    [InlineData("x <svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>", "svg")]
    [InlineData("x <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "math")]
    [InlineData("x <a href=\"javascript:alert(1)\">y</a>", "a")]
    [InlineData("x <details open ontoggle=alert(1)>", "details")]
    public void Other_inline_tags_are_removed_with_a_warning(string markdown, string tag)
    {
        var html = Render(markdown + "\n");

        Assert.Contains(_diagnostics.Items, d => d.Code == DiagnosticCodes.RawHtmlRemoved.Id && d.Message.Contains("<" + tag, StringComparison.Ordinal));
        Assert.False(_diagnostics.HasErrors);
        Assert.DoesNotContain("<" + tag, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=", html.Replace("onerror=alert", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Event_attributes_are_removed_from_allowed_tags_and_unclosed_tags_are_closed_in_their_paragraph()
    {
        var html = Render("<b onclick=\"alert(1)\" style=\"x\">bold\n\nnext </i> paragraph\n");

        Assert.Equal("<p><b>bold</b></p>\n<p>next  paragraph</p>\n", html);
        Assert.Equal(2, _diagnostics.Items.Count(d => d.Code == DiagnosticCodes.RawHtmlRemoved.Id));
    }

    [Fact]
    public void A_block_of_raw_html_keeps_allowed_tags_and_the_text_of_the_others()
    {
        var html = Render("<div onclick=\"alert(1)\">\n<script>alert(2)</script><sup title=\"t\" onmouseover=\"x\">1</sup>\n<!-- note -->\n</div>\n");

        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("note", html, StringComparison.Ordinal);
        Assert.Contains("alert(2)<sup title=\"t\">1</sup>", html, StringComparison.Ordinal);
        Assert.Contains(_diagnostics.Items, d => d.Message.Contains("<script>", StringComparison.Ordinal) && d.Line == 10);
    }

    [Fact]
    public void Attribute_syntax_keeps_ids_classes_and_language_but_not_handlers()
    {
        var html = Render("## Questions {#questions .part lang=en onclick=\"alert(1)\" style=\"color:red\"}\n\n![m](https://example.org/m.png){width=50 onerror=alert(1)}\n");

        Assert.Contains("<h2 id=\"questions\" class=\"part\" lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("width=\"50\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Equal(3, _diagnostics.Items.Count(d => d.Code == DiagnosticCodes.RawHtmlRemoved.Id));
    }

    [Theory]
    [InlineData("javascript:x", "javascript")]
    [InlineData(" \u0000JAVASCRIPT:x", "javascript")]
    [InlineData("j\na\tv\rascript:x", "javascript")]
    [InlineData("java\u0001script:x", "control")]
    [InlineData("tel:+855", "tel")]
    [InlineData("page:1.html", "page")]
    public void Refused_addresses(string url, string reason) =>
        Assert.Contains(reason, UrlSchemes.Refusal(url) ?? "allowed", StringComparison.Ordinal);

    [Theory]
    [InlineData("https://x.org")]
    [InlineData("MailTo:a@b.org")]
    [InlineData("/en/")]
    [InlineData("./a:b")]
    [InlineData("#a:b")]
    [InlineData("?q=javascript:x")]
    [InlineData("//example.org/")]
    public void Allowed_addresses(string url) => Assert.Null(UrlSchemes.Refusal(url));

    private string Render(string markdown)
    {
        var renderer = new MarkdownRenderer();
        var document = renderer.Parse(markdown);
        MarkdownSafety.Apply(document, "page.md", 10, _diagnostics);
        const string page = "en/pages/page/index.html";
        return renderer.Html(document, new MarkdownPlacement(page, page, RightToLeft: false));
    }
}
