using UprSite.Import.Layouts.OhchrMatrix;

namespace UprSite.Import.Tests.Layouts.OhchrMatrix;

public sealed class MatrixPositionsTests
{
    [Theory]
    [InlineData("Supported", MatrixPosition.Supported)]
    [InlineData(" ACCEPTED ", MatrixPosition.Supported)]
    [InlineData("Supported, already implemented", MatrixPosition.Supported)]
    [InlineData("Noted", MatrixPosition.Noted)]
    [InlineData("Not supported", MatrixPosition.Noted)]
    [InlineData("Rejected", MatrixPosition.Noted)]
    [InlineData("Supported/Noted", MatrixPosition.PartlySupported)]
    [InlineData("Supported / Noted", MatrixPosition.PartlySupported)]
    [InlineData("Supported in part", MatrixPosition.PartlySupported)]
    [InlineData("Partially accepted", MatrixPosition.PartlySupported)]
    [InlineData("Pending", MatrixPosition.Pending)]
    [InlineData("Appuyée", MatrixPosition.Supported)]
    [InlineData("Prise en note", MatrixPosition.Noted)]
    public void Reads_the_words_matrices_write(string text, MatrixPosition expected)
    {
        Assert.Equal(expected, MatrixPositions.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Maybe")]
    [InlineData("Supported not really")]
    [InlineData("Accepted in principle, partially")]
    [InlineData("Supportive")]
    public void Anything_else_is_no_position(string text)
    {
        Assert.Null(MatrixPositions.Parse(text));
    }
}
