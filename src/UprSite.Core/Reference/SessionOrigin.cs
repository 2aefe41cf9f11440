namespace UprSite.Core.Reference;

/// <summary>Where a row's Working Group session comes from.</summary>
public enum SessionOrigin
{
    /// <summary>The source gives it (or gives none: the session is unknown).</summary>
    Given,

    /// <summary>Derived from the row's document symbol: the Council session that adopted the report (<see cref="WorkingGroupReports"/>).</summary>
    Document,

    /// <summary>Derived from the country's review of the row's cycle in country.yml: its session, else the session its date falls in.</summary>
    Review,
}
