namespace UprSite.Core.Text;

/// <summary>The plural categories of Unicode CLDR; a language uses some of them, and always <see cref="Other"/>.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
