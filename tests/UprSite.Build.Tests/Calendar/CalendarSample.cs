using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Calendar;

/// <summary>The repository's sample built as of 1 December 2026 (<c>--date</c>), so the calendar's current step is known.</summary>
public sealed class CalendarSample
{
    public static readonly DateOnly Today = new(2026, 12, 1);

    public BuildResult Result { get; } = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Write: false) { Today = Today });
}
