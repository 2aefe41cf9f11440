using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using UprSite.Build.Tests.Support;
using UprSite.Core.Reference;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// On the sample's French and Khmer pages every State, UPR issue and regional group is named in the page's language,
/// except inside an element marked lang="en" (a recommendation's UN text, a fallback page's English original); Khmer
/// pages write every number in Khmer digits.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed partial class NamesInPageLanguageTests(SampleSite sample)
{
    [Theory]
    [InlineData("fr")]
    [InlineData("km")]
    public void No_English_State_issue_or_group_name_appears_outside_lang_en(string language)
    {
        var names = EnglishNames(language);
        // The coalition's members given only in English ("Sample Women's Voice Cambodia") are marked lang="en" too.
        var offending = Texts(language)
            .SelectMany(t => names.Where(n => n.Pattern.IsMatch(t.Text)).Select(n => $"{t.Path}: '{n.Name}' in \"{Short(t.Text)}\""))
            .Distinct().ToList();

        Assert.True(names.Count > 150, $"only {names.Count} names to look for");
        Assert.True(offending.Count == 0, string.Join('\n', offending.Take(30)));
    }

    [Fact]
    public void Khmer_pages_show_no_Latin_digit_outside_lang_en_code_and_addresses()
    {
        var offending = Texts("km")
            .Select(t => (t.Path, t.Text, Digits: Identifiers().Replace(t.Text, string.Empty)))
            .Where(t => t.Digits.Any(char.IsAsciiDigit))
            .Select(t => $"{t.Path}: \"{Short(t.Text)}\"")
            .Distinct().ToList();

        Assert.True(offending.Count == 0, string.Join('\n', offending.Take(30)));
    }

    [Fact]
    public void The_French_recommending_State_page_names_both_States_with_their_articles()
    {
        var page = Html.Parse(Encoding.UTF8.GetString(sample.Result.Output!.Files["fr/countries/kh/states/france/index.html"].Content));

        Assert.Equal("Recommandations de la France au Cambodge", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.All(page.QuerySelectorAll(".recommendation-text"), p => Assert.Equal("en", p.GetAttribute("lang")));
    }

    private List<(string Path, string Text)> Texts(string language)
    {
        var pages = sample.Result.Output!.HtmlPages.Where(p => p.Key.StartsWith(language + "/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 20, $"{pages.Count} {language} pages");
        return pages.SelectMany(p => Html.Parse(Encoding.UTF8.GetString(p.Value.Content)).Body!.Descendants<IText>()
                .Where(t => !InOtherLanguageOrCode(t))
                .Select(t => (p.Key, t.Data.Trim())))
            .Where(t => t.Item2.Length > 0)
            .ToList();
    }

    private static bool InOtherLanguageOrCode(IText text)
    {
        for (var e = text.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e is IHtmlScriptElement or IHtmlStyleElement || e.LocalName is "code" or "pre" or "time"
                || (e.GetAttribute("lang") is { } lang && !lang.Equals(text.Owner!.DocumentElement.GetAttribute("lang"), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The English names of the reference tables that differ from the page language's name, as whole words.</summary>
    private static List<(string Name, Regex Pattern)> EnglishNames(string language) =>
        UnStates.All.Where(s => s.EnglishName != s.Name(language)).Select(s => s.EnglishName)
            .Concat(UprIssueNames.French.Keys.Where(i => i != UprIssueNames.Name(i, language)))
            .Concat(Enum.GetValues<RegionalGroup>().SelectMany(g => new[] { RegionalGroups.Label(g), RegionalGroups.Name(g, "en") })
                .Where(n => n != "Asia" || language != "fr"))
            .Distinct(StringComparer.Ordinal)
            .Select(n => (n, new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(n) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)))
            .ToList();

    private static string Short(string text) => text.Length > 120 ? text[..120] + "…" : text;

    /// <summary>
    /// Addresses, e-mail addresses, UN document symbols (A/HRC/26/16, resolution 60/251) and names such as A4, which
    /// keep their Latin digits.
    /// </summary>
    [GeneratedRegex(@"\b(?:https?://\S+|\S+@\S+|[A-Z][A-Za-z.]*(?:/[A-Za-z0-9.()\-]+)+(?:, [0-9.]+)?|[0-9]+(?:/[0-9]+)+|[A-Za-z]+[0-9]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Identifiers();
}
