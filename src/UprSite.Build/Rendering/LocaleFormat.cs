using System.Globalization;
using UprSite.Core.Model;

namespace UprSite.Build.Rendering;

/// <summary>Numbers, percentages and dates written the way each language's readers expect.</summary>
public sealed class LocaleFormat(Language language)
{
    private readonly CultureInfo _culture = CultureFor(language.Locale);

    public string Number(int value) => value.ToString("N0", _culture);

    public string Percent(double? share) => share is { } value ? value.ToString("P1", _culture) : "–";

    public string Date(DateOnly? date) => date is { } value ? value.ToString("d MMMM yyyy", _culture) : string.Empty;

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
