namespace UprSite.Core.Model;

/// <summary>Which digits numbers and dates are written with in one language (site.yml <c>digits:</c>).</summary>
public enum DigitStyle
{
    /// <summary>0123456789, whatever the language.</summary>
    Latin,

    /// <summary>The language's own digits, such as Khmer ០១២៣៤៥៦៧៨៩ or Arabic-Indic ٠١٢٣٤٥٦٧٨٩.</summary>
    Native,
}
