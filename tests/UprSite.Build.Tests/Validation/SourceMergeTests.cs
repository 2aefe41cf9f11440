using UprSite.Build.Compute;
using UprSite.Build.Output.Downloads;
using UprSite.Build.Tests.Reference;
using UprSite.Build.Tests.Support;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Import;

namespace UprSite.Build.Tests.Validation;

public class SourceMergeTests
{
    private static readonly RecommendationFile[] Cambodia =
    [
        RealExports.ReadCambodia(RealExports.UprInfo6To9).File,
        RealExports.ReadCambodia(RealExports.DihrCycle1).File,
        RealExports.ReadCambodia(RealExports.DihrCycle2).File,
    ];

    private static IEnumerable<int[]> Permutations(int[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany((item, i) => Permutations([.. items[..i], .. items[(i + 1)..]]).Select(rest => (int[])[item, .. rest]));

    private static (Country Country, DiagnosticList Diagnostics) Merged(IEnumerable<RecommendationFile> files)
    {
        var diagnostics = new DiagnosticList();
        var merged = SourceMerge.Merge(files.ToList(), diagnostics);
        return (RealExports.Cambodia with { Recommendations = [.. merged.SelectMany(f => f.Rows)] }, diagnostics);
    }

    [Fact]
    public void The_real_Cambodia_exports_give_the_same_statistics_and_downloads_in_every_order()
    {
        var outputs = Permutations([0, 1, 2]).Select(order =>
        {
            var (country, diagnostics) = Merged(order.Select(i => Cambodia[i]));
            var data = new CountryData(country);
            return (Order: string.Join(",", order),
                Statistics: StatisticsJson.Write(data), Csv: RecommendationsCsv.Write(data), Json: RecommendationsJson.Write(data),
                Diagnostics: string.Join("\n", diagnostics.Items.Select(d => d.ToString()).Order(StringComparer.Ordinal)));
        }).ToList();

        Assert.Equal(6, outputs.Count);
        foreach (var output in outputs.Skip(1))
        {
            Assert.True(outputs[0].Statistics.AsSpan().SequenceEqual(output.Statistics), $"statistics.json differs for order {output.Order}");
            Assert.True(outputs[0].Csv.AsSpan().SequenceEqual(output.Csv), $"recommendations.csv differs for order {output.Order}");
            Assert.True(outputs[0].Json.AsSpan().SequenceEqual(output.Json), $"recommendations.json differs for order {output.Order}");
            Assert.Equal(outputs[0].Diagnostics, output.Diagnostics);
        }
    }

    [Fact]
    public void Each_merged_row_keeps_what_both_sources_give_whichever_file_comes_first()
    {
        // UPR Info's 6-9.csv codes every one of Cambodia's 138 cycle-1 rows with issues and an action category (by
        // hand: 1:2, 2:24, 3:8, 4:66, 5:38); DIHR's upr1.xlsx gives 59 of its 137 a paragraph number and 93 SDGs.
        foreach (var order in new[] { new[] { 0, 1 }, [1, 0] })
        {
            var (country, diagnostics) = Merged(order.Select(i => Cambodia[i]));
            var rows = country.Recommendations;

            Assert.Equal(138, rows.Count);
            Assert.All(rows, r => Assert.NotEmpty(r.Issues));
            Assert.All(rows, r => Assert.False(r.ActionCategoryEstimated));
            var categories = rows.GroupBy(r => (int)r.ActionCategory!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
            Assert.Equal("1:2 2:24 3:8 4:66 5:38", string.Join(" ", categories));
            Assert.Equal(59, rows.Count(r => !string.IsNullOrEmpty(r.Paragraph)));
            Assert.Equal(137, rows.Count(r => !string.IsNullOrEmpty(r.Document)));
            Assert.Equal(93, rows.Count(r => r.Sdgs.Count > 0));
            Assert.Equal(36, rows.SelectMany(r => r.Issues).Distinct().Count());
            Assert.Single(diagnostics.Items, d => d.Code == "UPR0535");
            Assert.DoesNotContain(diagnostics.Items, d => d.Code == "UPR0516");
        }
    }

    [Fact]
    public void A_character_the_DIHR_export_lost_does_not_keep_its_row_from_merging_and_is_warned_once_at_its_cell()
    {
        // DIHR's upr2.xlsx writes "C\uFFFDte d'Ivoire" in Mauritius's paragraph 127.51 (row 8086, column 3); UPR Info's
        // 17-20.csv gives the same recommendation with "Côte d'Ivoire".
        var ivoire = RealExports.CountryNamed("ci", "Côte d'Ivoire");
        var read = new[] { RealExports.UprInfo17To20, RealExports.DihrCycle2 }.Select(p => RealExports.ReadFor(ivoire, p)).ToList();
        var diagnostics = new DiagnosticList();
        foreach (var (_, imported) in read)
        {
            diagnostics.AddRange(imported.Items);
        }

        var rows = SourceMerge.Merge(read.Select(r => r.File).ToList(), diagnostics).SelectMany(f => f.Rows).ToList();

        var mauritius = Assert.Single(rows, r => r.RecommendingState == "Mauritius" && r.Paragraph == "127.51");
        Assert.DoesNotContain('\uFFFD', mauritius.Text);
        Assert.DoesNotContain(rows, r => r.Text.Contains('\uFFFD'));
        var lost = Assert.Single(diagnostics.Items, d => d.Message.Contains('\uFFFD'));
        Assert.Equal(("UPR0563", 8086, 3), (lost.Code, lost.Line, lost.Column));
        Assert.EndsWith("upr2.xlsx", lost.File);
        Assert.Contains("C\uFFFDte d'Ivoire", lost.Message);
    }

    [Theory]
    [InlineData("c\uFFFDte divoire", "cote divoire", true)]
    [InlineData("d\uFFFDivoire", "divoire", true)]
    [InlineData("rights\uFFFDand", "rights and", true)]
    [InlineData("c\uFFFDte divoire", "cote dlvoire", false)]
    [InlineData("c\uFFFDte", "coaste", false)]
    public void A_lost_character_reads_as_up_to_two_characters_of_the_other_text(string withLost, string other, bool same) =>
        Assert.Equal(same, MergeText.Matches(withLost, other));

    [Theory]
    [InlineData("obligations vis-\uFFFD-vis Palestinian people", "obligations vis-\u00e0-vis Palestinian people", true)]
    [InlineData("obligations vis-\uFFFD-vis Palestinian people", "obligations vis-a-vis Palestinian people", true)]
    [InlineData("C\uFFFDte d'Ivoire", "Côte d'Ivoire", true)]
    [InlineData("vis-\uFFFD-vis", "visavis", false)]
    public void A_lost_character_between_separators_stands_for_the_word_between_them(string withLost, string other, bool same) =>
        Assert.Equal(same, MergeText.Matches(MergeText.Of(withLost), MergeText.Of(other)));

    [Fact]
    public void The_compared_text_keeps_the_lost_character_in_place() =>
        Assert.Equal("situation in c\uFFFDte d ivoire", MergeText.Of("Situation in C\uFFFDte d' Ivoire."));
}
