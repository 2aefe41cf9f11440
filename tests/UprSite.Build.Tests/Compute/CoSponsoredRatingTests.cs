using UprSite.Build.Tests.Support;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// Ratings of a co-sponsored paragraph of China's real cycle-2 matrix (../shared/data/ohchr-matrix): 186.107 is one
/// recommendation of six States, so a rating given to one of its rows rates the paragraph, and the figures count
/// paragraphs, each once. The expected counts are made here from the rows' paragraph numbers, not by the statistics.
/// </summary>
public sealed class CoSponsoredRatingTests
{
    private static readonly IReadOnlyList<Recommendation> China =
        RealExports.ReadFor(RealExports.CountryNamed("cn", "China"), Path.Combine(RepoPaths.SharedData, "ohchr-matrix", "china-cycle2-2013.docx")).File.Rows;

    private static ImplementationRating Rating(Recommendation row, ImplementationStatus status, string date, int line) =>
        new(row.Id, status, "evidence", null, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new RowRef("countries/cn/implementation.csv", line));

    private static List<Recommendation> Paragraph(string number) => China.Where(r => r.Paragraph == number).ToList();

    [Fact]
    public void A_rating_of_one_co_sponsor_rates_the_paragraph_and_each_paragraph_counts_once()
    {
        var cosponsored = Paragraph("186.107");
        var single = Assert.Single(Paragraph("186.28"));
        Assert.Equal(6, cosponsored.Select(r => r.RecommendingState).Distinct().Count());
        var ratings = new[]
        {
            Rating(cosponsored[0], ImplementationStatus.NotImplemented, "2024-01-15", 2),
            Rating(cosponsored[3], ImplementationStatus.PartiallyImplemented, "2024-06-01", 3),
            Rating(single, ImplementationStatus.FullyImplemented, "2024-01-15", 4),
        };
        var paragraphs = China.Select(r => r.Paragraph).Distinct().Count();

        var total = ImplementationStatistics.Total(China, ratings);
        var cycle = Assert.Single(ImplementationStatistics.ByCycle(China, ratings));

        Assert.Equal(252, paragraphs);
        Assert.True(China.Count > paragraphs);
        foreach (var figures in new[] { total, cycle })
        {
            Assert.True(figures.ByParagraph);
            Assert.Equal((1, 1, 0, 0, paragraphs - 2), (figures.Fully, figures.Partially, figures.NotImplemented, figures.NoInformation, figures.NotAssessed));
        }

        var counted = RecommendationRatings.Of(China, ratings);
        Assert.All(cosponsored, r => Assert.Equal(ImplementationStatus.PartiallyImplemented, counted.For(r)?.Status));
    }

    [Fact]
    public void Different_statuses_for_two_States_of_one_paragraph_are_warned_at_the_rating_set_aside_naming_both_lines()
    {
        var cosponsored = Paragraph("186.107");
        var ratings = new[]
        {
            Rating(cosponsored[0], ImplementationStatus.NotImplemented, "2024-01-15", 2),
            Rating(cosponsored[3], ImplementationStatus.PartiallyImplemented, "2024-06-01", 3),
            Rating(cosponsored[4], ImplementationStatus.PartiallyImplemented, "2024-02-01", 4),
        };
        var diagnostics = new DiagnosticList();

        ParagraphRatingsCheck.Check(China, ratings, 1, diagnostics);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("UPR0580", Severity.Warning, "countries/cn/implementation.csv", 2), (warning.Code, warning.Severity, warning.File, warning.Line));
        Assert.Contains($"'{cosponsored[0].Id}' ({cosponsored[0].RecommendingState}) is rated not-implemented here", warning.Message);
        Assert.Contains($"row 3 of countries/cn/implementation.csv rates '{cosponsored[3].Id}' ({cosponsored[3].RecommendingState}) partially-implemented", warning.Message);
        Assert.Contains("paragraph 186.107 of A/HRC/25/5", warning.Message);
        Assert.Contains("the figures count row 3 (assessed later, on 2024-06-01)", warning.Message);
    }
}
