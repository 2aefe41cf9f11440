using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace UprSite.Import.Tables;

/// <summary>
/// A forward-only scanner over the UTF-8 bytes of a worksheet or shared-strings part: start tags (with their
/// attributes), end tags, text and CDATA. It skips declarations, comments and processing instructions and decodes the
/// five named entities and numeric character references. It checks no well-formedness beyond what it needs: it exists
/// because a general XML reader spends most of an export's reading time on work these regular parts do not need.
/// </summary>
public sealed class XmlTokenScanner(byte[] data)
{
    private int _position;
    private int _nameStart;
    private int _nameEnd;
    private int _attributesEnd;
    private int _textStart;
    private int _textEnd;
    private bool _cdata;

    public XmlTokenKind Kind { get; private set; }

    /// <summary>True for a start tag that closes itself (<c>&lt;c r="A1"/&gt;</c>).</summary>
    public bool IsEmptyElement { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public XmlTokenKind Next()
    {
        while (_position < data.Length)
        {
            if (data[_position] != (byte)'<')
            {
                _textStart = _position;
                var next = Array.IndexOf(data, (byte)'<', _position);
                _position = _textEnd = next < 0 ? data.Length : next;
                _cdata = false;
                return Kind = XmlTokenKind.Text;
            }

            if (Follows("<![CDATA["u8))
            {
                _textStart = _position + 9;
                _textEnd = IndexOf("]]>"u8, _textStart);
                _position = _textEnd + 3;
                _cdata = true;
                return Kind = XmlTokenKind.Text;
            }

            if (Follows("<!--"u8))
            {
                _position = IndexOf("-->"u8, _position + 4) + 3;
                continue;
            }

            if (Follows("<?"u8) || Follows("<!"u8))
            {
                _position = IndexOf(">"u8, _position + 2) + 1;
                continue;
            }

            return Kind = ReadTag();
        }

        return Kind = XmlTokenKind.End;
    }

    /// <summary>True when the current tag's local name (without any prefix) is <paramref name="name"/>.</summary>
    public bool IsNamed(ReadOnlySpan<byte> name)
    {
        var full = data.AsSpan(_nameStart, _nameEnd - _nameStart);
        var colon = full.LastIndexOf((byte)':');
        return full[(colon + 1)..].SequenceEqual(name);
    }

    /// <summary>The attribute's bytes as written (entities not decoded); empty when absent. Saves a string per cell.</summary>
    public ReadOnlySpan<byte> RawAttribute(ReadOnlySpan<byte> name) =>
        FindAttribute(name) is var (start, end) && start >= 0 ? data.AsSpan(start, end - start) : [];

    /// <summary>The current text token's bytes as written (entities not decoded).</summary>
    public ReadOnlySpan<byte> RawText() => data.AsSpan(_textStart, _textEnd - _textStart);

    private (int Start, int End) FindAttribute(ReadOnlySpan<byte> name)
    {
        var i = _nameEnd;
        while (i < _attributesEnd)
        {
            while (i < _attributesEnd && IsSpace(data[i]))
            {
                i++;
            }

            var start = i;
            while (i < _attributesEnd && data[i] != (byte)'=' && !IsSpace(data[i]) && data[i] != (byte)'/')
            {
                i++;
            }

            var attribute = data.AsSpan(start, i - start);
            var equals = Array.IndexOf(data, (byte)'=', i, _attributesEnd - i);
            if (equals < 0)
            {
                return (-1, -1);
            }

            var quote = equals + 1;
            while (quote < _attributesEnd && IsSpace(data[quote]))
            {
                quote++;
            }

            if (quote >= _attributesEnd)
            {
                return (-1, -1);
            }

            var close = Array.IndexOf(data, data[quote], quote + 1, _attributesEnd - quote - 1);
            if (close < 0)
            {
                throw new FormatException("an attribute value is not closed");
            }

            var colon = attribute.LastIndexOf((byte)':');
            if (attribute[(colon + 1)..].SequenceEqual(name))
            {
                return (quote + 1, close);
            }

            i = close + 1;
        }

        return (-1, -1);
    }

    /// <summary>The current text token, with entities and character references decoded.</summary>
    public string Text() => _cdata ? Encoding.UTF8.GetString(data, _textStart, _textEnd - _textStart) : Decode(_textStart, _textEnd);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private XmlTokenKind ReadTag()
    {
        var closing = _position + 1 < data.Length && data[_position + 1] == (byte)'/';
        _nameStart = _position + (closing ? 2 : 1);
        var nameLength = data.AsSpan(_nameStart).IndexOfAny(" \t\r\n>/"u8);
        _nameEnd = nameLength < 0 ? data.Length : _nameStart + nameLength;
        var end = _nameEnd;
        while (true)
        {
            var found = end < data.Length ? data.AsSpan(end).IndexOfAny(">\"'"u8) : -1;
            if (found < 0)
            {
                throw new FormatException("a tag is not closed");
            }

            end += found;
            if (data[end] == (byte)'>')
            {
                break;
            }

            var close = data.AsSpan(end + 1).IndexOf(data[end]);
            if (close < 0)
            {
                throw new FormatException("an attribute value is not closed");
            }

            end += close + 2;
        }

        IsEmptyElement = !closing && data[end - 1] == (byte)'/';
        _attributesEnd = IsEmptyElement ? end - 1 : end;
        _position = end + 1;
        return closing ? XmlTokenKind.EndElement : XmlTokenKind.StartElement;
    }

    private string Decode(int start, int end)
    {
        var text = Encoding.UTF8.GetString(data, start, end - start);
        return text.Contains('&') ? DecodeEntities(text) : text;
    }

    private static string DecodeEntities(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var semicolon = text[i] == '&' ? text.IndexOf(';', i) : -1;
            if (semicolon < 0)
            {
                result.Append(text[i]);
                continue;
            }

            var entity = text.AsSpan(i + 1, semicolon - i - 1);
            switch (entity)
            {
                case "amp": result.Append('&'); break;
                case "lt": result.Append('<'); break;
                case "gt": result.Append('>'); break;
                case "quot": result.Append('"'); break;
                case "apos": result.Append('\''); break;
                case ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    result.Append(char.ConvertFromUtf32(code));
                    break;
                case ['#', .. var number] when int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var code):
                    result.Append(char.ConvertFromUtf32(code));
                    break;
                default:
                    throw new FormatException($"unknown entity '&{entity};'");
            }

            i = semicolon;
        }

        return result.ToString();
    }

    private bool Follows(ReadOnlySpan<byte> text) => data.AsSpan(_position).StartsWith(text);

    private int IndexOf(ReadOnlySpan<byte> text, int from)
    {
        var found = data.AsSpan(from).IndexOf(text);
        return found < 0 ? throw new FormatException("the XML ends inside a comment, declaration or CDATA section") : from + found;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
