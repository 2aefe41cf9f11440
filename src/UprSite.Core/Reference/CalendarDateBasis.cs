namespace UprSite.Core.Reference;

/// <summary>Where a calendar date comes from.</summary>
public enum CalendarDateBasis
{
    /// <summary>Written in country.yml (a review's date or a <c>calendar:</c> date): shown as given.</summary>
    Given,

    /// <summary>The months of a Working Group session of the reference data: estimated to the month.</summary>
    Session,

    /// <summary>Reckoned from the UPR's rhythm (<see cref="UprRhythm"/>): estimated.</summary>
    Rhythm,
}
