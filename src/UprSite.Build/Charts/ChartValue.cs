using System.Globalization;
using UprSite.Build.I18n;

namespace UprSite.Build.Charts;

/// <summary>One cell of a chart's data: as the CSV writes it, as the page shows it, and the number it plots.</summary>
/// <param name="Lang">The language of <paramref name="Display"/> when it is not the page's (a source named in country.yml).</param>
public sealed record ChartValue(string Csv, string Display, double? Number, string? Lang = null)
{
    public static ChartValue Text(string csv, string display) => new(csv, display, null);

    public static ChartValue Count(int value, LocaleFormat format) =>
        new(value.ToString(CultureInfo.InvariantCulture), format.Number(value), value);

    /// <summary>A share between 0 and 1: four decimals in the CSV, a percentage on the page.</summary>
    public static ChartValue Share(double? value, LocaleFormat format) =>
        new(value is { } v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty, format.Percent(value), value);
}
