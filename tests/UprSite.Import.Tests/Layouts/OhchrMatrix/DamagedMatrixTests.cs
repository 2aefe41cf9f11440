using UprSite.Core.Diagnostics;
using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.OhchrMatrix;

/// <summary>The real matrix damaged in many ways: every reading ends in a matrix or an error, never in an exception.</summary>
public sealed class DamagedMatrixTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_damaged_copy_is_read_or_reported_never_thrown(int seed)
    {
        var bytes = File.ReadAllBytes(RepoPaths.ChinaMatrix);
        var random = new Random(seed);
        var damaged = seed % 4 == 0 ? bytes[..random.Next(30, bytes.Length)] : Flipped(bytes, random, count: 1 + (seed % 8));
        var diagnostics = new DiagnosticList();

        var matrix = OhchrMatrixReader.Read(damaged, "damaged.docx", diagnostics);

        if (matrix is null)
        {
            Assert.Contains(diagnostics.Items, d => d.IsError && d.Code is "UPR0520" or "UPR0522");
        }
        else
        {
            Assert.True(matrix.Recommendations.Count <= 252);
            Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.MatrixRead.Id);
        }
    }

    private static byte[] Flipped(byte[] bytes, Random random, int count)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < count; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }
}
