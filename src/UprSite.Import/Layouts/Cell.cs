namespace UprSite.Import.Layouts;

/// <summary>A value read from a row, with its 1-based column so that diagnostics can point at it.</summary>
public sealed record Cell(string Value, int Column)
{
    public bool IsEmpty => Value.Length == 0;
}
