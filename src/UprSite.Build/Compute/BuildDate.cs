using System.Globalization;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Compute;

/// <summary>
/// The day the UPR calendar counts from: <c>--date</c> when given, else SOURCE_DATE_EPOCH (seconds since 1970, the
/// reproducible-builds convention), else the clock, in UTC. The same date gives the same pages.
/// </summary>
public static class BuildDate
{
    public const string EpochVariable = "SOURCE_DATE_EPOCH";

    public static DateOnly Resolve(DateOnly? given, Func<string, string?> environment, DateTimeOffset now, List<Diagnostic> diagnostics)
    {
        if (given is { } date)
        {
            return date;
        }

        if (environment(EpochVariable) is { Length: > 0 } epoch)
        {
            if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253_402_300_799)
            {
                return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidBuildDate,
                $"{EpochVariable} should be a whole number of seconds since 1970-01-01 UTC (for example 1764547200), not '{epoch}'; unset it or pass --date YYYY-MM-DD",
                EpochVariable));
        }

        return DateOnly.FromDateTime(now.UtcDateTime);
    }

    /// <summary>The date for a caller with no options: SOURCE_DATE_EPOCH or the clock (a wrong variable is ignored here).</summary>
    public static DateOnly Today() => Resolve(null, Environment.GetEnvironmentVariable, DateTimeOffset.UtcNow, []);
}
