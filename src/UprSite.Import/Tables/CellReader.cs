using System.Buffers.Text;
using System.Runtime.CompilerServices;

namespace UprSite.Import.Tables;

/// <summary>
/// Reads the content of one worksheet cell (&lt;c&gt;) as <see cref="XlsxTableReader"/> meets its tokens: the value
/// (&lt;v&gt;, a shared-string index for t="s"), inline text (&lt;is&gt;&lt;t&gt;), skipping formulas and phonetic runs.
/// Reused from cell to cell so that a 400,000-cell sheet does not allocate per cell more than its text.
/// </summary>
public sealed class CellReader(List<string> sharedStrings)
{
    private readonly TextCollector _value = new();
    private readonly TextCollector _inline = new();
    private TextCollector? _target;
    private bool _phonetic;
    private CellKind _kind;
    private int _sharedIndex;

    private enum CellKind { Value, Shared, Inline, Boolean }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Start(ReadOnlySpan<byte> type)
    {
        _kind = type switch
        {
            [(byte)'s'] => CellKind.Shared,
            [(byte)'b'] => CellKind.Boolean,
            _ when type.SequenceEqual("inlineStr"u8) => CellKind.Inline,
            _ => CellKind.Value,
        };
        _value.Take();
        _inline.Take();
        (_target, _phonetic, _sharedIndex) = (null, false, -1);
    }

    /// <summary>Takes in a token inside the cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Read(XmlTokenScanner xml)
    {
        switch (xml.Kind)
        {
            case XmlTokenKind.StartElement when xml.IsNamed("rPh"u8):
                _phonetic = !xml.IsEmptyElement;
                break;
            case XmlTokenKind.StartElement:
                _target = xml.IsEmptyElement ? null : xml.IsNamed("v"u8) ? _value : xml.IsNamed("t"u8) && !_phonetic ? _inline : null;
                break;
            case XmlTokenKind.EndElement when xml.IsNamed("rPh"u8):
                _phonetic = false;
                break;
            case XmlTokenKind.EndElement:
                _target = null;
                break;
            case XmlTokenKind.Text when _target == _value && _kind == CellKind.Shared && Utf8Parser.TryParse(xml.RawText(), out int index, out var used) && used == xml.RawText().Length:
                _sharedIndex = index;
                break;
            case XmlTokenKind.Text when _target is not null:
                _target.Append(xml.Text());
                break;
        }
    }

    /// <summary>The cell's text, trimmed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Finish()
    {
        var raw = _value.Take();
        var text = _kind switch
        {
            CellKind.Shared when _sharedIndex < 0 && int.TryParse(raw, out var parsed) => Shared(parsed),
            CellKind.Shared => Shared(_sharedIndex),
            CellKind.Inline => _inline.Take(),
            CellKind.Boolean => raw == "1" ? "true" : "false",
            _ => raw,
        };
        return text.Trim();
    }

    private string Shared(int index) => index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : string.Empty;
}
