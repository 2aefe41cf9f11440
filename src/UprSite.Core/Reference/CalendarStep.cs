namespace UprSite.Core.Reference;

/// <summary>One step of the calendar with its date and where it stands.</summary>
/// <param name="Cycle">The cycle of the review the step belongs to (the mid-term report: the review it follows up).</param>
public sealed record CalendarStep(CalendarStepKind Kind, int Cycle, CalendarDate Date, CalendarStepStatus Status);
