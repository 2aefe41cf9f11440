using UprSite.Build.Pages.Data;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// The explorer's pager in English, French and Khmer: no "Page 1 of 1, recommendations 1 to 1" when every row fits on
/// one page, nor "0 to 0" when none is shown; one row said in the singular.
/// </summary>
public sealed class ExplorerPagerTextTests
{
    [Theory]
    [InlineData("en", 1, 1, 1, 1)]
    [InlineData("fr", 1, 1, 1, 37)]
    [InlineData("km", 1, 1, 1, 100)]
    [InlineData("en", 1, 1, 0, 0)]
    [InlineData("fr", 1, 3, 0, 0)]
    public void One_page_or_no_row_says_nothing(string language, int page, int pages, int first, int last) =>
        Assert.Equal(string.Empty, ExplorerPagerText.Of(ThemeLabels.For(language), page, pages, first, last));

    [Theory]
    [InlineData("en", "Page 2 of 3, recommendations 101 to 200 by State")]
    [InlineData("fr", "Page 2 sur 3, recommandations 101 à 200 par État")]
    [InlineData("km", "ទំព័រ 2 នៃ 3 អនុសាសន៍តាមរដ្ឋ 101 ដល់ 200")]
    public void A_page_of_many_gives_its_rows(string language, string expected) =>
        Assert.Equal(expected, ExplorerPagerText.Of(ThemeLabels.For(language), 2, 3, 101, 200));

    [Theory]
    [InlineData("en", "Page 3 of 3, recommendation 201 by State")]
    [InlineData("fr", "Page 3 sur 3, recommandation 201 par État")]
    [InlineData("km", "ទំព័រ 3 នៃ 3 អនុសាសន៍តាមរដ្ឋទី 201")]
    public void A_last_page_of_one_row_says_that_row(string language, string expected) =>
        Assert.Equal(expected, ExplorerPagerText.Of(ThemeLabels.For(language), 3, 3, 201, 201));
}
