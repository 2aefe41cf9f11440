using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace UprSite.Build.Tests.Support;

/// <summary>Parses built pages for DOM assertions.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Page(TestSite site, string path) => Parse(site.ReadOutput(path));
}
