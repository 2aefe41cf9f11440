using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace UprSite.Build.Content.Yaml;

/// <summary>
/// YamlDotNet's parser with two bounds a site file never comes near, checked event by event before the document is
/// built: how deep lists and mappings nest (building the document recurses once per level, so 40,000 levels overflow
/// the stack), and how many values the document holds once every alias is expanded (a few hundred bytes of aliases of
/// aliases, "billion laughs", stand for billions of values; an alias inside its own anchor stands for infinitely many).
/// </summary>
public sealed class BoundedYamlParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;

    public const long MaxExpandedValues = 100_000;

    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long StartedAt)> _open = new();
    private long _expanded;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                Expand(alias);
                break;
            case Scalar scalar:
                Count(scalar.Start);
                Remember(scalar.Anchor, _expanded - 1);
                break;
            case NodeEvent { } start and (MappingStart or SequenceStart):
                if (_open.Count >= MaxDepth)
                {
                    throw new YamlLimitException(start.Start,
                        $"lists and mappings are nested more than {MaxDepth} levels deep here; a site file needs a few levels, so look for a run of '[', '{{' or indentation");
                }

                Count(start.Start);
                _open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, _expanded - 1));
                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var (anchor, startedAt) = _open.Pop();
                Remember(anchor is null ? AnchorName.Empty : new AnchorName(anchor), startedAt);
                break;
        }

        return true;
    }

    private void Expand(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Any(o => o.Anchor == name))
        {
            throw new YamlLimitException(alias.Start,
                $"the alias '*{name}' stands inside the value anchored '&{name}', so it would repeat itself without end; copy the values instead");
        }

        // An unknown anchor is left to YamlDotNet, which reports it by name.
        _expanded += _anchorSizes.GetValueOrDefault(name, 1);
        Check(alias.Start);
    }

    private void Count(Mark at)
    {
        _expanded++;
        Check(at);
    }

    private void Check(Mark at)
    {
        if (_expanded > MaxExpandedValues)
        {
            throw new YamlLimitException(at,
                $"with its aliases ('*name') expanded this YAML holds more than {MaxExpandedValues.ToString("N0", CultureInfo.InvariantCulture)} values; aliases of aliases multiply, so write the values out or use fewer aliases");
        }
    }

    private void Remember(AnchorName anchor, long startedAt)
    {
        if (!anchor.IsEmpty)
        {
            _anchorSizes[anchor.Value] = _expanded - startedAt;
        }
    }
}
