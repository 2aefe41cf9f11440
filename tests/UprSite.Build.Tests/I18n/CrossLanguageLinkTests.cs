using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.TestSupport;

namespace UprSite.Build.Tests.I18n;

/// <summary>The link check covers anchors and links into another language's pages, and fails the build on a broken one.</summary>
public sealed class CrossLanguageLinkTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void A_link_to_an_anchor_of_another_languages_factsheet_passes()
    {
        Write("[the Khmer questions](/km/countries/kh/factsheets/land/#questions)");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void A_missing_anchor_in_another_language_fails_the_build_at_the_markdown_line()
    {
        Write("[the Khmer questions](/km/countries/kh/factsheets/land/#no-such-part)");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenAnchor.Id, error.Code);
        Assert.EndsWith("land.en.md", error.File);
        Assert.Equal(7, error.Line);
        Assert.False(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void A_link_into_a_language_the_site_does_not_have_fails_the_build()
    {
        Write("[the French version](/fr/countries/kh/factsheets/land/)");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenLink.Id, error.Code);
        Assert.Contains("/fr/countries/kh/factsheets/land/index.html", error.Message);
    }

    private void Write(string link)
    {
        _site.Write("countries/kh/factsheets/land.en.md", FactsheetText.Of("Land", "See " + link + "."))
            .Write("countries/kh/factsheets/land.km.md", FactsheetText.Of("ដីធ្លី", "បរិបទ។", "សំណួរ", "អនុសាសន៍"));
    }

    public void Dispose() => _site.Dispose();
}
