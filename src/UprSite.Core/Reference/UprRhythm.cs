namespace UprSite.Core.Reference;

/// <summary>
/// The UPR's usual timing, from which <see cref="UprCalendar"/> estimates the dates a coalition has not given
/// (docs/reference-data.md, "The UPR calendar"): each State is reviewed about every 4.5 years (DESIGN §1); mid-term
/// reports are usual about 2 to 2.5 years after a review; stakeholders' submissions are due about 6 to 8 months
/// before the review session; UPR Info's pre-sessions are held about a month before it.
/// </summary>
public static class UprRhythm
{
    public const int ReviewIntervalMonths = 54;

    public const int MidTermEarliestMonths = 24;

    public const int MidTermLatestMonths = 30;

    /// <summary>The earliest a submission deadline falls before the review: 8 months.</summary>
    public const int SubmissionEarliestMonthsBefore = 8;

    public const int SubmissionLatestMonthsBefore = 6;

    public const int PreSessionMonthsBefore = 1;

    /// <summary>
    /// How many sessions separate a State's review from its next one: the order of review is kept from cycle to cycle,
    /// cycle 1 had 12 sessions and cycles 2–4 have 14 (DESIGN §7; Cambodia: sessions 6, 18, 32, 46).
    /// </summary>
    public static int SessionsUntilNextReview(int cycle) => cycle == 1 ? 12 : 14;
}
