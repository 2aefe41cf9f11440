namespace UprSite.Core.Reference;

/// <summary>A session of the UPR Working Group: its number, cycle and the months it opened and closed in.</summary>
public sealed record WorkingGroupSession(int Number, int Cycle, int StartYear, int StartMonth, int EndYear, int EndMonth)
{
    /// <summary>The months are those OHCHR's calendar announced, not yet checked against the session's reports.</summary>
    public bool Announced { get; init; }

    /// <summary>Whether the month <paramref name="year"/>-<paramref name="month"/> lies within the session.</summary>
    public bool Spans(int year, int month) =>
        (year, month).CompareTo((StartYear, StartMonth)) >= 0 && (year, month).CompareTo((EndYear, EndMonth)) <= 0;
}
