namespace UprSite.Core.Reference;

/// <summary>
/// Working Group sessions 1–50 with the months they were held (OHCHR's session pages; docs/reference-data.md), the
/// sessions whose reports a matrix's Council session can name. Session 36 was held in November 2020, postponed from May
/// by the pandemic; session 50's months are those OHCHR's calendar announced (<see cref="WorkingGroupSession.Announced"/>).
/// </summary>
public static class WorkingGroupSessions
{
    public static IReadOnlyList<WorkingGroupSession> All { get; } =
    [
        new(1, 1, 2008, 4, 2008, 4), new(2, 1, 2008, 5, 2008, 5), new(3, 1, 2008, 12, 2008, 12),
        new(4, 1, 2009, 2, 2009, 2), new(5, 1, 2009, 5, 2009, 5), new(6, 1, 2009, 11, 2009, 12),
        new(7, 1, 2010, 2, 2010, 2), new(8, 1, 2010, 5, 2010, 5), new(9, 1, 2010, 11, 2010, 11),
        new(10, 1, 2011, 1, 2011, 2), new(11, 1, 2011, 5, 2011, 5), new(12, 1, 2011, 10, 2011, 10),
        new(13, 2, 2012, 5, 2012, 6), new(14, 2, 2012, 10, 2012, 11), new(15, 2, 2013, 1, 2013, 2),
        new(16, 2, 2013, 4, 2013, 5), new(17, 2, 2013, 10, 2013, 11), new(18, 2, 2014, 1, 2014, 2),
        new(19, 2, 2014, 4, 2014, 5), new(20, 2, 2014, 10, 2014, 11), new(21, 2, 2015, 1, 2015, 1),
        new(22, 2, 2015, 5, 2015, 5), new(23, 2, 2015, 11, 2015, 11), new(24, 2, 2016, 1, 2016, 1),
        new(25, 2, 2016, 5, 2016, 5), new(26, 2, 2016, 10, 2016, 11),
        new(27, 3, 2017, 5, 2017, 5), new(28, 3, 2017, 11, 2017, 11), new(29, 3, 2018, 1, 2018, 1),
        new(30, 3, 2018, 5, 2018, 5), new(31, 3, 2018, 11, 2018, 11), new(32, 3, 2019, 1, 2019, 2),
        new(33, 3, 2019, 5, 2019, 5), new(34, 3, 2019, 11, 2019, 11), new(35, 3, 2020, 1, 2020, 1),
        new(36, 3, 2020, 11, 2020, 11), new(37, 3, 2021, 1, 2021, 1), new(38, 3, 2021, 5, 2021, 5),
        new(39, 3, 2021, 11, 2021, 11), new(40, 3, 2022, 1, 2022, 2),
        new(41, 4, 2022, 11, 2022, 11), new(42, 4, 2023, 1, 2023, 2), new(43, 4, 2023, 5, 2023, 5),
        new(44, 4, 2023, 11, 2023, 11), new(45, 4, 2024, 1, 2024, 2), new(46, 4, 2024, 4, 2024, 5),
        new(47, 4, 2024, 11, 2024, 11), new(48, 4, 2025, 1, 2025, 1), new(49, 4, 2025, 4, 2025, 5),
        new(50, 4, 2025, 11, 2025, 11) { Announced = true },
    ];

    /// <summary>The session with this number; null when it is not in the table.</summary>
    public static WorkingGroupSession? Find(int number) => number >= 1 && number <= All.Count ? All[number - 1] : null;
}
