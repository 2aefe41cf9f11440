using UprSite.Build.Tests.Support;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Content;

/// <summary>Real exports dropped into a country's recommendations/ folder: the country keeps only its own rows.</summary>
[Collection(SampleCollection.Name)]
public sealed class CountryRowsTests(SampleSite sample)
{
    private const string CycleOneAndTwo = """
        names: {en: Cambodia, km: កម្ពុជា}
        aliases: [Kingdom of Cambodia]
        reviews:
          - cycle: 1
            session: 6
            declared: {received: 91, supported: 91, noted: 0, source: "A/HRC/13/4"}
          - cycle: 2
            session: 18
            declared: {received: 205, supported: 163, noted: 42, source: "A/HRC/26/16 and addendum"}
        """;

    [Fact]
    public void A_UPR_Info_export_of_42_States_gives_the_country_its_205_rows_and_matches_the_declared_totals()
    {
        using var site = new TestSite();
        site.CopyInto(RealExports.UprInfo17To20, "countries/kh/recommendations/17-20.csv");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rows = Assert.Single(result.Site!.Countries).Recommendations;
        Assert.Equal(205, rows.Count);
        Assert.All(rows, r => Assert.Equal("Cambodia", r.StateUnderReview));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "UPR0509");
        Assert.Contains(result.Diagnostics, d => d.Code == "UPR0510" && d.Message.Contains("used 205 of 7,984 rows"));
    }

    [Fact]
    public void A_country_matched_by_its_ISO_code_or_an_alias_keeps_the_same_rows()
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", "names: {en: Kampuchea}\naliases: [Kingdom of Cambodia]\nreviews: []");
        site.Write("countries/kh/recommendations/rows.csv", """
            state_under_review,session,recommending_state,text,response
            KH,18,France,Ratify the protocol,noted
            Kingdom of Cambodia,18,Spain,Abolish it,noted
            Laos,18,Spain,Abolish it,noted
            """);

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["France", "Spain"], Assert.Single(result.Site!.Countries).Recommendations.Select(r => r.RecommendingState));
        Assert.Contains(result.Diagnostics, d => d.Code == "UPR0510" && d.Message.Contains("used 2 of 3 rows"));
    }

    [Fact]
    public void Declared_totals_that_differ_from_the_rows_give_a_warning_with_both_numbers()
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", CycleOneAndTwo);
        site.CopyInto(RealExports.UprInfo6To9, "countries/kh/recommendations/6-9.csv");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var cycleOne = Assert.Single(result.Diagnostics, d => d.Code == "UPR0509" && d.Message.StartsWith("cycle 1:"));
        Assert.Equal(UprSite.Core.Diagnostics.Severity.Warning, cycleOne.Severity);
        Assert.Contains("declares 91 recommendations", cycleOne.Message);
        Assert.Contains("source: A/HRC/13/4", cycleOne.Message);
        // UPR Info gives no paragraph numbers: the warning counts as the page does, by State, and says why.
        Assert.Contains("the rows hold 138 recommendations by State (138 supported, 0 noted), and the number of recommendations "
            + "as the Working Group report numbers them is not known: 138 rows give no paragraph number of their own", cycleOne.Message);
        Assert.EndsWith("countries/kh/country.yml", cycleOne.File);
        var cycleTwo = Assert.Single(result.Diagnostics, d => d.Code == "UPR0509" && d.Message.StartsWith("cycle 2:"));
        Assert.Contains("no row in recommendations/ belongs to this cycle", cycleTwo.Message);
    }

    [Fact]
    public void Rows_of_a_cycle_country_yml_does_not_list_give_a_warning()
    {
        using var site = new TestSite();
        site.CopyInto(RealExports.UprInfo6To9, "countries/kh/recommendations/6-9.csv");

        var result = site.Build(write: false);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "UPR0515");
        Assert.Contains("138 rows belong to cycle 1", warning.Message);
    }

    [Fact]
    public void One_row_of_a_cycle_country_yml_does_not_list_is_named_in_the_singular()
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", "names: {en: Cambodia}\nreviews: []\n");
        site.Write("countries/kh/recommendations/rows.csv", "cycle,recommending_state,text,response\n3,Iceland,Words written for this test.,supported\n");

        var result = site.Build(write: false);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "UPR0515");
        Assert.StartsWith("1 row belongs to cycle 3,", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_exports_of_the_same_cycle_are_merged_and_the_merge_reported()
    {
        // By hand (State resolved, text normalised): all 205 DIHR rows of Cambodia's cycle 2 repeat one of UPR Info's
        // 205, 201 with the same spelling of the State and 4 written "Palestine" and "DPR Korea" by UPR Info.
        using var site = new TestSite();
        site.CopyInto(RealExports.UprInfo17To20, "countries/kh/recommendations/17-20.csv");
        site.CopyInto(RealExports.DihrCycle2, "countries/kh/recommendations/upr2.xlsx");

        var result = site.Build(write: false);

        Assert.Equal(205, Assert.Single(result.Site!.Countries).Recommendations.Count);
        var merged = Assert.Single(result.Diagnostics, d => d.Code == "UPR0535");
        Assert.StartsWith("205 recommendations of this file (205 in all) are also in", merged.Message);
        Assert.Contains("upr2.xlsx (same cycle", merged.Message);
        Assert.EndsWith("17-20.csv", merged.File);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "UPR0516");
    }

    [Fact]
    public void One_merged_row_is_reported_in_the_singular()
    {
        using var site = new TestSite();
        const string Header = "cycle,recommending_state,document,paragraph,response,text\n";
        site.Write("countries/kh/recommendations/a.csv", Header + "2,France,A/HRC/26/16,118.1,supported,Ratify the Convention.\n");
        site.Write("countries/kh/recommendations/b.csv", Header
            + "2,France,A/HRC/26/16,118.1,supported,Ratify the Convention.\n2,Chile,A/HRC/26/16,118.2,noted,Abolish the death penalty.\n");

        var result = site.Build(write: false);

        var merged = Assert.Single(result.Diagnostics, d => d.Code == "UPR0535");
        Assert.StartsWith("1 recommendation of this file (", merged.Message, StringComparison.Ordinal);
        Assert.Contains(") is also in ", merged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1 recommendations", merged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_one_cycle_that_two_files_do_not_share_are_still_flagged_as_possibly_counted_twice()
    {
        using var site = new TestSite();
        site.CopyInto(RealExports.UprInfo17To20, "countries/kh/recommendations/17-20.csv");
        site.Write("countries/kh/recommendations/extra.csv",
            "cycle,recommending_state,response,text\n2,France,supported,Words no export holds for this test.\n");

        var result = site.Build(write: false);

        Assert.Equal(206, Assert.Single(result.Site!.Countries).Recommendations.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "UPR0535");
        Assert.Contains("extra.csv", Assert.Single(result.Diagnostics, d => d.Code == "UPR0516").Message);
    }

    [Fact]
    public void A_file_with_no_row_for_the_country_warns_and_suggests_an_alias()
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", "names: {en: Kampuchea}\nreviews: []");
        site.CopyInto(RealExports.UprInfo6To9, "countries/kh/recommendations/6-9.csv");
        site.Write("countries/kh/recommendations/other.csv",
            "state_under_review,cycle,recommending_state,response,text\nCambodja,2,France,supported,Words.\nLaos,2,France,supported,Words.\n");

        var result = site.Build(write: false);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "UPR0511");
        Assert.EndsWith("other.csv", warning.File);
        Assert.Contains("none of the 2 rows concern", warning.Message);
        Assert.Contains("the spellings nearest to this country's names are 'Cambodja', 'Laos')", warning.Message);
        Assert.Contains("aliases", warning.Message);
    }

    [Fact]
    public void The_sample_site_reads_its_rows_and_ratings()
    {
        var result = sample.Result;

        var cambodia = Assert.Single(result.Site!.Countries, c => c.Code == "kh");
        Assert.Equal(30, cambodia.Recommendations.Count);
        Assert.Equal([1, 2], cambodia.Recommendations.Select(r => r.Cycle).Distinct().Order());
        Assert.Equal(5, cambodia.Implementation.Count);
        Assert.All(cambodia.Implementation, r => Assert.NotEmpty(r.Evidence));
        Assert.Contains(cambodia.Recommendations, r => r.Id == "c2-118.29-tunisia" && r.Sdgs.SequenceEqual(["16"]) && r.Response == Response.Supported);
    }
}
