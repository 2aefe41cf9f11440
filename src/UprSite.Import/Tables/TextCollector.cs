using System.Text;

namespace UprSite.Import.Tables;

/// <summary>
/// Gathers the text nodes of one XML element. Nearly always there is one node, kept as it is; a StringBuilder is
/// used only when an element's text comes in several pieces (rich text runs, entities).
/// </summary>
public sealed class TextCollector
{
    private string? _single;
    private StringBuilder? _many;

    public void Append(string text)
    {
        if (_many is not null)
        {
            _many.Append(text);
        }
        else if (_single is null)
        {
            _single = text;
        }
        else
        {
            _many = new StringBuilder(_single).Append(text);
            _single = null;
        }
    }

    /// <summary>The text gathered so far; the collector is empty afterwards.</summary>
    public string Take()
    {
        var text = _many?.ToString() ?? _single ?? string.Empty;
        (_single, _many) = (null, null);
        return text;
    }
}
