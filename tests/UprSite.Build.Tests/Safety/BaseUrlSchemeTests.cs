using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Safety;

/// <summary>base_url ends up in every page's canonical and alternate links and in printed footers: http(s) only.</summary>
public sealed class BaseUrlSchemeTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("file:///srv/site/")]
    public void A_base_url_that_is_not_http_or_https_is_an_error_at_its_line(string baseUrl)
    {
        using var site = new TestSite(withCountry: false).Write("site.yml",
            $"title: {{en: Test}}\nbase_url: \"{baseUrl}\"\nlanguages:\n  - {{code: en, label: English, default: true}}\n");

        var error = Assert.Single(site.Build(write: false).Diagnostics, d => d.IsError);

        Assert.Equal((DiagnosticCodes.InvalidSiteConfig.Id, 2), (error.Code, error.Line));
        Assert.Contains("https://example.org/", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://coalition.example.org/")]
    [InlineData("http://localhost:8080/")]
    public void Http_and_https_base_urls_build(string baseUrl)
    {
        using var site = new TestSite(withCountry: false).Write("site.yml",
            $"title: {{en: Test}}\nbase_url: \"{baseUrl}\"\nlanguages:\n  - {{code: en, label: English, default: true}}\n");

        Assert.DoesNotContain(site.Build(write: false).Diagnostics, d => d.IsError);
    }
}
