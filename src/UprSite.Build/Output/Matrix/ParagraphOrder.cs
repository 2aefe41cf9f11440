using System.Globalization;

namespace UprSite.Build.Output.Matrix;

/// <summary>Paragraph numbers compared part by part ("118.29" before "118.130"); rows without one after, as read.</summary>
public sealed class ParagraphOrder : IComparer<MatrixRow>
{
    public static readonly ParagraphOrder Instance = new();

    public int Compare(MatrixRow? x, MatrixRow? y)
    {
        var a = Parts(x?.Paragraph);
        var b = Parts(y?.Paragraph);
        if (a is null || b is null)
        {
            return (a is null ? 1 : 0) - (b is null ? 1 : 0);
        }

        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static long[]? Parts(string? paragraph)
    {
        if (paragraph is null)
        {
            return null;
        }

        var parts = paragraph.Split('.');
        var numbers = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }
}
