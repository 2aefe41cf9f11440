namespace UprSite.Core.Reference;

/// <summary>
/// The dates a coalition sets in country.yml (<c>calendar:</c>) instead of the estimates. A date on or before the last
/// review held belongs to an earlier cycle and is not used.
/// </summary>
/// <param name="NextSession">The Working Group session of the next review, when it is known.</param>
public sealed record CalendarOverrides(
    DateOnly? MidTermReport = null,
    DateOnly? SubmissionDeadline = null,
    DateOnly? PreSession = null,
    DateOnly? NextReview = null,
    int? NextSession = null)
{
    public static CalendarOverrides None { get; } = new();
}
