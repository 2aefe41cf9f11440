using System.Globalization;

namespace UprSite.Build.Tests.Theme;

/// <summary>
/// Colour-vision deficiencies simulated with the full-severity matrices of Machado, Oliveira and Fernandes (2009),
/// "A physiologically-based model for simulation of color vision deficiency", applied to linear sRGB; contrast is
/// WCAG 2's ratio of relative luminances.
/// </summary>
public static class ColourVision
{
    public static readonly IReadOnlyDictionary<string, double[,]> Simulations = new Dictionary<string, double[,]>
    {
        ["normal vision"] = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
        ["protanopia"] = new[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
        ["deuteranopia"] = new[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
        ["tritanopia"] = new[,] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
    };

    /// <summary>The relative luminance of <paramref name="hex"/> (#rrggbb) as seen with <paramref name="simulation"/>.</summary>
    public static double Luminance(string hex, string simulation)
    {
        var linear = Enumerable.Range(0, 3)
            .Select(i => Linear(int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0))
            .ToArray();
        var m = Simulations[simulation];
        var seen = Enumerable.Range(0, 3)
            .Select(row => Math.Clamp(m[row, 0] * linear[0] + m[row, 1] * linear[1] + m[row, 2] * linear[2], 0, 1))
            .ToArray();
        return 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
    }

    public static double Contrast(string a, string b, string simulation)
    {
        var (x, y) = (Luminance(a, simulation), Luminance(b, simulation));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Linear(double channel) =>
        channel <= 0.04045 ? channel / 12.92 : Math.Pow((channel + 0.055) / 1.055, 2.4);
}
