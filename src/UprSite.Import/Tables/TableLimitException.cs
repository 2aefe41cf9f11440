namespace UprSite.Import.Tables;

/// <summary>A table goes past one of the <see cref="TableLimits"/>: the file is refused, at the row given.</summary>
public sealed class TableLimitException(string message, int line) : Exception(message)
{
    public int Line { get; } = line;
}
