using UprSite.Core.Factsheets;

namespace UprSite.Core.Tests.Factsheets;

public sealed class FactsheetLengthTests
{
    [Fact]
    public void Latin_words_are_counted_by_spaces_and_punctuation() =>
        Assert.Equal(7, FactsheetLength.Words("Secure land is the basis of livelihoods."));

    [Fact]
    public void Khmer_is_counted_by_letters_because_it_has_no_spaces_between_words()
    {
        var khmer = new string('ក', FactsheetLength.KhmerLettersPerWord * 10);

        Assert.Equal(10, FactsheetLength.Words(khmer));
        Assert.Equal(12, FactsheetLength.Words(khmer + " LICADHO 2019"));
    }

    [Fact]
    public void Two_pages_allow_more_words_than_one() =>
        Assert.True(FactsheetLength.ClearlyTooLong(2) > FactsheetLength.ClearlyTooLong(1));
}
