using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace UprSite.Build.Tests.Support;

/// <summary>Parses built pages for DOM assertions.</summary>
public static class Dom
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Page(UprSite.Build.Pipeline.BuildResult result, string path) =>
        Parse(System.Text.Encoding.UTF8.GetString(result.Output!.Files[path].Content));
}
