namespace UprSite.Core.Vocabulary;

/// <summary>UPR cycles and Working Group sessions: 1–12 → 1, 13–26 → 2, 27–40 → 3, 41–54 → 4.</summary>
public static class UprCycles
{
    public static int? CycleOfSession(int session) => session switch
    {
        >= 1 and <= 12 => 1,
        >= 13 and <= 26 => 2,
        >= 27 and <= 40 => 3,
        >= 41 and <= 54 => 4,
        _ => null,
    };
}
