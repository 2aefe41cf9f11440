namespace UprSite.Build.Checking;

/// <summary>Line and column of a place in a text, for places asked in increasing order (each stretch counted once).</summary>
internal sealed class LineCounter(string text)
{
    private int _counted;
    private int _line = 1;
    private int _lineStart;

    /// <returns>The 1-based line and column of the character at <paramref name="index"/>.</returns>
    public (int Line, int Column) At(int index)
    {
        var stretch = text.AsSpan(_counted, index - _counted);
        var newlines = stretch.Count('\n');
        if (newlines > 0)
        {
            _line += newlines;
            _lineStart = _counted + stretch.LastIndexOf('\n') + 1;
        }

        _counted = index;
        return (_line, index - _lineStart + 1);
    }
}
