using UprSite.Build.I18n;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.I18n;

/// <summary>Numbers, percentages and dates as each locale writes them (ICU through .NET).</summary>
public sealed class LocaleFormatTests
{
    private static readonly Language KhmerNative = new("km", "ខ្មែរ", "km-KH", TextDirection.Ltr, false) { Digits = DigitStyle.Native };
    private static readonly Language KhmerLatin = KhmerNative with { Digits = DigitStyle.Latin };
    private static readonly Language French = new("fr", "Français", "fr-FR", TextDirection.Ltr, false);
    private static readonly Language English = new("en", "English", "en-GB", TextDirection.Ltr, true);

    [Fact]
    public void Khmer_dates_use_Khmer_month_names()
    {
        var format = new LocaleFormat(KhmerLatin);

        Assert.Equal("8 ឧសភា 2024", format.Date(new DateOnly(2024, 5, 8)));
        Assert.Equal("28 មករា 2014", format.Date(new DateOnly(2014, 1, 28)));
        Assert.Equal("1 ធ្នូ 2009", format.Date(new DateOnly(2009, 12, 1)));
    }

    [Fact]
    public void Khmer_digits_when_the_language_asks_for_native_digits()
    {
        var format = new LocaleFormat(KhmerNative);

        Assert.Equal("២៧៥", format.Number(275));
        Assert.Equal("១.២៣៤", format.Number(1234));
        Assert.Equal("៨ ឧសភា ២០២៤", format.Date(new DateOnly(2024, 5, 8)));
        Assert.Equal("៨៤,៤%", format.Percent(0.8436));
        Assert.Equal("វដ្ត ៤", format.Digits("វដ្ត 4"));
    }

    [Fact]
    public void Latin_digits_stay_Latin_by_default()
    {
        Assert.Equal("275", new LocaleFormat(KhmerLatin).Number(275));
        Assert.Equal("4", new LocaleFormat(KhmerLatin).Digits("4"));
    }

    [Fact]
    public void French_numbers_group_thousands_with_a_space_that_never_breaks()
    {
        var format = new LocaleFormat(French);

        var number = format.Number(35996);
        Assert.Equal("35", number[..2]);
        Assert.Contains(number[2], "\u00A0\u202F");
        Assert.Equal("996", number[3..]);
        Assert.Equal("84,4\u00A0%", format.Percent(0.8436).Replace('\u202F', '\u00A0'));
        Assert.DoesNotContain(' ', format.Percent(0.8436));
        Assert.Equal("8 mai 2024", format.Date(new DateOnly(2024, 5, 8)));
    }

    [Fact]
    public void French_writes_the_first_of_the_month_as_an_ordinal_and_the_other_days_as_numbers()
    {
        var format = new LocaleFormat(French);

        Assert.Equal("1er décembre 2026", format.Date(new DateOnly(2026, 12, 1)));
        Assert.Equal("2 décembre 2026", format.Date(new DateOnly(2026, 12, 2)));
        Assert.Equal("11 janvier 2014", format.Date(new DateOnly(2014, 1, 11)));
        Assert.Equal("1 December 2026", new LocaleFormat(English).Date(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void English_keeps_its_own_separators()
    {
        var format = new LocaleFormat(English);

        Assert.Equal("35,996", format.Number(35996));
        Assert.Equal("84.4%", format.Percent(0.8436));
        Assert.Equal("–", format.Percent(null));
        Assert.Equal("8 May 2024", format.Date(new DateOnly(2024, 5, 8)));
    }
}
