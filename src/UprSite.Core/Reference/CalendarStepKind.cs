namespace UprSite.Core.Reference;

/// <summary>The steps of a UPR cycle a country page shows, in the order they come.</summary>
public enum CalendarStepKind
{
    /// <summary>The last review held.</summary>
    Review,

    /// <summary>The State's (and civil society's) mid-term report on the recommendations of that review.</summary>
    MidTermReport,

    /// <summary>The deadline for stakeholders' submissions to the next review.</summary>
    SubmissionDeadline,

    /// <summary>UPR Info's pre-sessions in Geneva, where civil society briefs the recommending States.</summary>
    PreSession,

    NextReview,
}
