using System.Globalization;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>
/// Whether this process has the culture data (ICU) that dates and numbers in the site's languages need. In .NET's
/// globalization-invariant mode (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, common in slim containers) every culture
/// is missing and French or Khmer pages would silently get English month names and invariant numbers, so the
/// commands refuse to run instead (UPR0810, exit code 2: the machine, not the input).
/// </summary>
public static class CultureData
{
    public const string InvariantVariable = "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT";

    public static bool IsAvailable { get; } = Knows("en-US");

    /// <summary>True when the culture data knows the locale itself, not a made-up one with invariant data.</summary>
    public static bool Knows(string locale)
    {
        try
        {
            _ = CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    public static Diagnostic MissingError()
    {
        var variable = Environment.GetEnvironmentVariable(InvariantVariable);
        var cause = string.IsNullOrEmpty(variable) ? "no ICU library was found, or the app runs with InvariantGlobalization" : $"{InvariantVariable}={variable} is set";
        return Diagnostic.Error(DiagnosticCodes.NoCultureData,
            $".NET runs without culture data ({cause}), so dates and numbers would be written wrongly in every language "
            + $"but English; unset {InvariantVariable} (or set it to 0) and make sure ICU is installed: on Debian 12 "
            + "'apt-get install libicu72' (Ubuntu 24.04: libicu74; Alpine: 'apk add icu-libs icu-data-full')",
            "environment");
    }
}
