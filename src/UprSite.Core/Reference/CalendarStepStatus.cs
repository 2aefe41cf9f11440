namespace UprSite.Core.Reference;

/// <summary>Where a calendar step stands on the build's date.</summary>
public enum CalendarStepStatus
{
    Done,

    /// <summary>The first step not yet past: the one the cycle is working towards.</summary>
    Current,

    Coming,
}
