using System.Globalization;

namespace UprSite.Core.Text;

/// <summary>
/// A count with its noun in the form English takes for it by CLDR's rule (one / other): "1 row", "0 rows", "1,204 rows".
/// Diagnostics are written in English; page text goes through the UI strings' plural forms instead.
/// </summary>
public static class CountedNoun
{
    public static string Of(long count, string one, string other) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (IsOne(count) ? one : other);

    /// <summary>The word that agrees with the count ("is" / "are"), for a verb after <see cref="Of"/>.</summary>
    public static string Agree(long count, string one, string other) => IsOne(count) ? one : other;

    private static bool IsOne(long count) => PluralRules.Of("en", count) == PluralCategory.One;
}
