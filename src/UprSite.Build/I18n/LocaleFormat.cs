using System.Globalization;
using UprSite.Core.Model;
using UprSite.Core.Text;

namespace UprSite.Build.I18n;

/// <summary>
/// Numbers, percentages and dates written the way each language's readers expect: separators and month names from
/// the locale (ICU), digits as site.yml asks (<c>digits: latin | native</c>), and no line break inside a number.
/// </summary>
public sealed class LocaleFormat(Language language)
{
    private const char NoBreakSpace = '\u00A0';
    private readonly CultureInfo _culture = CultureFor(language.Locale);

    public string Number(int value) => Digits(KeepTogether(value.ToString("N0", _culture)));

    public string Percent(double? share) => share is { } value ? Digits(KeepTogether(value.ToString("P1", _culture))) : "–";

    /// <summary>"1 December 2026"; in French the first of the month is an ordinal ("1er décembre 2026", "2 décembre 2026").</summary>
    public string Date(DateOnly? date) => date is { } value
        ? Digits(value.Day == 1 && IsFrench ? "1er " + value.ToString("MMMM yyyy", _culture) : value.ToString("d MMMM yyyy", _culture))
        : string.Empty;

    /// <summary>"November 2028" ("novembre 2028", Khmer month and digits): a date known to the month.</summary>
    public string MonthYear(DateOnly date) => Digits(date.ToString("MMMM yyyy", _culture));

    /// <summary>"May–November 2026", or "November 2028 – February 2029" across years: the months a date is expected in.</summary>
    public string MonthSpan(DateOnly from, DateOnly to) =>
        (from.Year, from.Month) == (to.Year, to.Month) ? MonthYear(from)
        : from.Year == to.Year ? Digits(from.ToString("MMMM", _culture)) + "\u2013" + MonthYear(to)
        : MonthYear(from) + " \u2013 " + MonthYear(to);

    private bool IsFrench => _culture.TwoLetterISOLanguageName == "fr";

    /// <summary>True when the language writes numbers in its own digits (Khmer with <c>digits: native</c>).</summary>
    public bool WritesNativeDigits => language.Digits == DigitStyle.Native;

    /// <summary>Text whose ASCII digits are shown in the language's digit style (cycle numbers, years in labels).</summary>
    public string Digits(string text) => language.Digits == DigitStyle.Native ? NativeDigits.Apply(language.Code, text) : text;

    /// <summary>ICU separates thousands and the percent sign with spaces in some locales (fr: 1 234, 84,4 %).</summary>
    private static string KeepTogether(string number) => number.Replace(' ', NoBreakSpace);

    private static CultureInfo CultureFor(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
