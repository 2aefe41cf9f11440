using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Output;

/// <summary>The output matrix of sites built from real files: one entry per recommendation, each State once.</summary>
public sealed class RealMatrixOutputTests
{
    [Fact]
    public void DIHRs_paragraph_118_9_given_to_two_States_with_unrelated_texts_is_two_entries()
    {
        using var site = new TestSite();
        site.CopyInto(RealExports.DihrCycle2, "countries/kh/recommendations/upr2.xlsx");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var cells = OutputMatrix.FirstCells(result.Output!.Files["data/kh/matrix-cycle2.docx"].Content);
        // The report has 205; DIHR numbers two unrelated ones 118.9 (a slip, UPR0572), which the site counts apart: 204
        // numbered entries and one row DIHR gives no paragraph number, whose cell opens with its text.
        var recommendations = cells.Skip(1).Where(c => !c.StartsWith("Theme: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(205, recommendations.Count);
        Assert.Equal(204, recommendations.Count(c => char.IsDigit(c[0])));
        var both = recommendations.Where(c => c.StartsWith("118.9. ", StringComparison.Ordinal)).Select(c => c.Split('\n')[0]).ToList();
        Assert.Equal(2, both.Count);
        Assert.Single(both, c => c.EndsWith("(Czechia)", StringComparison.Ordinal) && !c.Contains("Brazil", StringComparison.Ordinal));
        Assert.Single(both, c => c.EndsWith("in Education (Brazil)", StringComparison.Ordinal) && !c.Contains("Czechia", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c == "Theme: Other");
    }

    [Fact]
    public void The_China_matrix_written_back_names_each_State_once_under_the_sources_51_themes()
    {
        // The input matrix: 252 paragraphs (204 supported, 48 noted) under 51 "Theme: …" rows; 186.3 is Cape Verde's,
        // which the UN now calls Cabo Verde; 186.1 names its ten States after their own clauses.
        using var site = new TestSite(withCountry: false);
        site.Write("countries/cn/country.yml", "names: {en: China}\nreviews: []\n");
        site.CopyInto(Path.Combine(RepoPaths.SharedData, "ohchr-matrix", "china-cycle2-2013.docx"), "countries/cn/recommendations/china.docx");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var cells = OutputMatrix.FirstCells(result.Output!.Files["data/cn/matrix-cycle2.docx"].Content);
        Assert.Equal(252, cells.Skip(1).Count(c => !c.StartsWith("Theme: ", StringComparison.Ordinal)));
        Assert.Equal(51, cells.Count(c => c.StartsWith("Theme: ", StringComparison.Ordinal)));
        Assert.DoesNotContain(cells, c => c is "Theme: Other" or "Theme: No theme recorded");
        Assert.Equal("186.3. Consider ratifying ICCPR (Cabo Verde)", Assert.Single(cells, c => c.StartsWith("186.3. ", StringComparison.Ordinal)).Split('\n')[0]);
        var joint = Assert.Single(cells, c => c.StartsWith("186.1. ", StringComparison.Ordinal)).Split('\n')[0];
        Assert.Equal(1, joint.Split("(Albania)").Length - 1);
        Assert.EndsWith("Ratify the ICCPR (France)", joint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UPR_Info_export_without_paragraph_numbers_gives_one_entry_per_recommendation_by_State_and_says_so()
    {
        // UPR Info gives Cambodia's 205 cycle-2 recommendations by State without paragraph numbers; some read alike
        // word for word (Brazil's 118.9 and Chad's 118.10 in the report), so joining equal texts would lose one.
        using var site = new TestSite();
        site.CopyInto(RealExports.UprInfo17To20, "countries/kh/recommendations/17-20.csv");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var docx = result.Output!.Files["data/kh/matrix-cycle2.docx"].Content;
        Assert.Equal(205, OutputMatrix.Entries(docx));
        Assert.Contains("205 entries give no paragraph number of the Working Group report", OutputMatrix.Paragraphs(docx), StringComparison.Ordinal);
    }
}
