using AngleSharp.Dom;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages.Briefs;

/// <summary>The sample's briefs as pages (the print view): what each holds, and the State pages' links to them.</summary>
[Collection(SampleCollection.Name)]
public sealed class SampleBriefTests(SampleSite sample)
{
    [Theory]
    [InlineData("en", "Print the brief for a meeting with this State")]
    [InlineData("fr", "Imprimer la note pour une réunion avec cet État")]
    [InlineData("km", "បោះពុម្ពឯកសារសង្ខេបសម្រាប់កិច្ចប្រជុំជាមួយរដ្ឋនេះ")]
    public void Every_state_page_links_its_brief_in_its_language_and_the_brief_is_there(string language, string text)
    {
        var states = StatePages(language);
        Assert.Equal(22, states.Count);
        foreach (var path in states)
        {
            var link = Page(path).QuerySelector(".state-brief a")!;
            Assert.Equal(text, link.TextContent);
            Assert.Equal("brief/index.html", link.GetAttribute("href"));
            Assert.True(sample.Result.Output!.Files.ContainsKey(path.Replace("index.html", "brief/index.html", StringComparison.Ordinal)), path);
            // Without --pdf there is no PDF to link to.
            Assert.DoesNotContain(Page(path).QuerySelectorAll(".state-brief a"), a => a.GetAttribute("href")!.EndsWith(".pdf", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_brief_of_one_recommendation_gives_it_in_full_with_its_response_and_the_drafts_on_its_theme()
    {
        var brief = Brief("en", "united-kingdom");

        Assert.Equal("Meeting brief: the United Kingdom of Great Britain and Northern Ireland and Cambodia", brief.QuerySelector("h1")!.TextContent);
        Assert.Equal(["cycle-1"], brief.QuerySelectorAll(".brief-cycle").Select(c => c.Id));
        var item = Assert.Single(brief.QuerySelectorAll(".brief-item"));
        Assert.Equal("Supported", item.QuerySelector(".response")!.TextContent);
        Assert.Contains("A/HRC/13/4", item.QuerySelector(".brief-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Null(brief.QuerySelector(".brief-scope"));
        // It raised the right to housing: the land factsheet's four draft recommendations, numbered as there.
        var draft = Assert.Single(brief.QuerySelectorAll(".brief-draft"));
        Assert.Equal("Land and housing rights", draft.QuerySelector("h3 a")!.TextContent);
        Assert.Equal(["1", "2", "3", "4"], draft.QuerySelectorAll("li").Select(li => li.GetAttribute("value")));
        Assert.Contains("Right to housing", draft.QuerySelector(".brief-draft-themes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brief_on_themes_no_factsheet_covers_says_so_and_names_the_factsheets()
    {
        var brief = Brief("en", "angola");

        Assert.Empty(brief.QuerySelectorAll(".brief-draft"));
        var intro = brief.QuerySelector(".brief-drafts p")!.TextContent;
        Assert.StartsWith("None of the coalition's factsheets is on a theme Angola raised before.", intro, StringComparison.Ordinal);
        Assert.Equal(["Civic space: freedom of association, assembly and expression", "Labour rights", "Land and housing rights"],
            brief.QuerySelectorAll(".brief-factsheets a").Select(a => a.TextContent));
        // In French the untranslated labour factsheet is named in English, and marked so.
        var french = Brief("fr", "angola").QuerySelectorAll(".brief-factsheets a");
        Assert.Equal("en", french.Single(a => a.TextContent == "Labour rights").GetAttribute("lang"));
        Assert.All(french.Where(a => a.TextContent != "Labour rights"), a => Assert.Null(a.GetAttribute("lang")));
    }

    [Fact]
    public void A_brief_gives_the_newest_cycle_first_the_ratings_with_evidence_the_members_the_date_and_a_QR_code_to_the_state_page()
    {
        Assert.Equal(["cycle-2", "cycle-1"], Brief("en", "france").QuerySelectorAll(".brief-cycle").Select(c => c.Id));
        var brief = Brief("en", "tunisia");

        Assert.Equal("Not implemented", brief.QuerySelector("#cycle-2 .status-badge")!.TextContent);
        Assert.Contains("no national human rights institution", brief.QuerySelector("#cycle-2 .brief-evidence")!.TextContent, StringComparison.Ordinal);
        // The newest of its rating (15 January 2024) and of the civic-space factsheet its drafts come from (1 February 2024).
        Assert.Equal("2024-02-01", brief.QuerySelector(".brief-newest time")!.GetAttribute("datetime"));
        // Dated by the build (the sample fixture builds with its own --date), the newest information named apart.
        Assert.StartsWith("As of ", brief.QuerySelector(".brief-date > time")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Newest review, rating or factsheet update: 1 February 2024", brief.QuerySelector(".brief-newest")!.TextContent);
        Assert.All(sample.Result.Site!.Settings.Coalition.Members,
            m => Assert.Contains(m.Name.Get("en", "en"), brief.QuerySelector(".brief-members")!.TextContent, StringComparison.Ordinal));
        Assert.Contains("https://uprsite-sample.netlify.app/en/countries/kh/states/tunisia/",
            brief.QuerySelector(".print-qr svg")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("../index.html", brief.QuerySelector(".brief-links a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_khmer_brief_shows_the_khmer_drafts_and_marks_english_texts_and_the_untranslated_factsheet()
    {
        var brief = Brief("km", "germany");

        Assert.All(brief.QuerySelectorAll(".brief-text"), p => Assert.Equal("en", p.GetAttribute("lang")));
        var drafts = brief.QuerySelectorAll(".brief-draft h3 a");
        // Land is written in Khmer; labour only in English, shown in English and marked so.
        Assert.Contains(drafts, a => a.TextContent.StartsWith("សិទ្ធិដីធ្លី", StringComparison.Ordinal) && a.GetAttribute("lang") is null);
        Assert.Contains(drafts, a => a.TextContent == "Labour rights" && a.GetAttribute("lang") == "en");
    }

    private List<string> StatePages(string language) => sample.Result.Output!.Files.Keys
        .Where(p => p.StartsWith($"{language}/countries/kh/states/", StringComparison.Ordinal) && p.Count(c => c == '/') == 5)
        .ToList();

    private IDocument Brief(string language, string slug) => Page($"{language}/countries/kh/states/{slug}/brief/index.html");

    private IDocument Page(string path) => DataSite.Page(sample.Result, path);
}
