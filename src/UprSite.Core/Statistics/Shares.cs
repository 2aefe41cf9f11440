namespace UprSite.Core.Statistics;

/// <summary>Shares of a whole, between 0 and 1; null when the whole is zero (no share can be given).</summary>
public static class Shares
{
    public static double? Of(int part, int whole) => whole <= 0 ? null : (double)part / whole;
}
