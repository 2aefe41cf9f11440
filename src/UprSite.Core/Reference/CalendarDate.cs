namespace UprSite.Core.Reference;

/// <summary>
/// A date of the UPR calendar: one day when given, else the span it is expected in (<paramref name="Earliest"/> to
/// <paramref name="Latest"/>, the same day for a single estimate).
/// </summary>
public sealed record CalendarDate(DateOnly Earliest, DateOnly Latest, CalendarDateBasis Basis)
{
    public static CalendarDate Given(DateOnly date) => new(date, date, CalendarDateBasis.Given);

    public bool IsEstimated => Basis != CalendarDateBasis.Given;

    /// <summary>Whether the date (all of its span) lies before <paramref name="today"/>.</summary>
    public bool IsBefore(DateOnly today) => Latest < today;
}
