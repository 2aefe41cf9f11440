namespace UprSite.Core.Reference;

/// <summary>Where a State's UPR cycle stands on <paramref name="Today"/>, and what comes next.</summary>
/// <param name="LastCycle">The cycle of the last review held; null when the State's first review is still to come.</param>
/// <param name="NextCycle">The cycle of the review the steps lead to.</param>
/// <param name="NextSession">The Working Group session of that review, when country.yml or the reference data give it.</param>
/// <param name="Steps">In order: the last review, its mid-term report, the submission deadline, the pre-session, the next review.</param>
public sealed record CycleCalendar(DateOnly Today, int? LastCycle, int NextCycle, int? NextSession, IReadOnlyList<CalendarStep> Steps)
{
    /// <summary>The step the cycle is working towards; null when every step is past (the next review is due in country.yml).</summary>
    public CalendarStep? Current => Steps.FirstOrDefault(s => s.Status == CalendarStepStatus.Current);

    public CalendarStep Step(CalendarStepKind kind) => Steps.First(s => s.Kind == kind);

    public CalendarStep? Find(CalendarStepKind kind) => Steps.FirstOrDefault(s => s.Kind == kind);
}
