using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UprSite.Build.Content.Yaml;

/// <summary>
/// A YAML mapping read key by key into typed values. Every wrong value becomes a diagnostic at its own line and
/// column, so parsers never see a YamlDotNet exception and users always learn where to look.
/// </summary>
public sealed class YamlMap(YamlMappingNode node, YamlContext context)
{
    public static YamlMap Empty(YamlContext context) => new(new YamlMappingNode(), context);

    public YamlContext Context => context;

    public Mark StartOf(string key) => FindKey(key)?.Start ?? node.Start;

    /// <summary>Reports every key not in <paramref name="allowed"/>, suggesting the closest known one.</summary>
    public void RejectUnknownKeys(DiagnosticCode code, params string[] allowed) => CheckKeys(Severity.Error, code, allowed);

    /// <summary>Like <see cref="RejectUnknownKeys"/> but only warns: front matter may carry keys for custom layouts.</summary>
    public void WarnUnknownKeys(DiagnosticCode code, params string[] allowed) => CheckKeys(Severity.Warning, code, allowed);

    private void CheckKeys(Severity severity, DiagnosticCode code, string[] allowed)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is { } name && !allowed.Contains(name, StringComparer.Ordinal))
            {
                var nearest = NearestName.Find(name, allowed);
                var hint = nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
                var message = $"unknown key '{name}'{hint}; known keys here: {string.Join(", ", allowed)}";
                if (severity == Severity.Error)
                {
                    context.Error(code, message, key.Start);
                }
                else
                {
                    context.Warning(code, message, key.Start);
                }
            }
        }
    }

    public string? String(string key, DiagnosticCode code, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    context.Error(code, $"'{key}' is missing; add a line '{key}: …'", node.Start);
                }

                return null;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar.Value.Trim();
            case YamlScalarNode scalar:
                if (required)
                {
                    context.Error(code, $"'{key}' is empty; give it a value", scalar.Start);
                }

                return null;
            case var other:
                context.Error(code, $"'{key}' should be a single value, not a list or a mapping", other.Start);
                return null;
        }
    }

    public int? Int(string key, DiagnosticCode code, int min, int max, bool required = false)
    {
        var text = String(key, code, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        context.Error(code, $"'{key}' should be a whole number from {min} to {max}, not '{text}'", Find(key)!.Start);
        return null;
    }

    public DateOnly? Date(string key, DiagnosticCode code, bool required = false)
    {
        var text = String(key, code, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        context.Error(code, $"'{key}' should be a date written YYYY-MM-DD (for example 2024-05-08), not '{text}'", Find(key)!.Start);
        return null;
    }

    public bool? Bool(string key, DiagnosticCode code)
    {
        var text = String(key, code);
        return text switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => Fail<bool?>(code, $"'{key}' should be true or false, not '{text}'", key),
        };
    }

    /// <summary>A list of values; a single value counts as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key, DiagnosticCode code)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        items.Add(value.Trim());
                    }
                    else
                    {
                        context.Error(code, $"each item of '{key}' should be a single value", item.Start);
                    }
                }

                return items;
            case var other:
                context.Error(code, $"'{key}' should be a list like [a, b], not a mapping", other.Start);
                return [];
        }
    }

    /// <summary>Where each item of the list under <paramref name="key"/> starts (a single value is a list of one).</summary>
    public IReadOnlyList<SourcePosition> ItemPositions(string key)
    {
        var nodes = Find(key) switch
        {
            YamlSequenceNode sequence => sequence.Children.ToList(),
            YamlScalarNode scalar => [scalar],
            _ => [],
        };
        return nodes.Select(n => context.Position(n.Start)).Select(p => new SourcePosition(p.Line, p.Column)).ToList();
    }

    public IReadOnlyList<int> IntList(string key, DiagnosticCode code, int min, int max)
    {
        var values = new List<int>();
        foreach (var text in StringList(key, code))
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                values.Add(value);
            }
            else
            {
                context.Error(code, $"each item of '{key}' should be a whole number from {min} to {max}, not '{text}'", StartOf(key));
            }
        }

        return values;
    }

    public YamlMap? Map(string key, DiagnosticCode code)
    {
        switch (Find(key))
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlMap(mapping, context);
            case var other:
                context.Error(code, $"'{key}' should hold 'key: value' lines indented below it", other.Start);
                return null;
        }
    }

    public IReadOnlyList<YamlMap> MapList(string key, DiagnosticCode code)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var maps = new List<YamlMap>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode mapping)
                    {
                        maps.Add(new YamlMap(mapping, context));
                    }
                    else
                    {
                        context.Error(code, $"each item of '{key}' should hold 'key: value' lines", item.Start);
                    }
                }

                return maps;
            case var other:
                context.Error(code, $"'{key}' should be a list whose items start with '- '", other.Start);
                return [];
        }
    }

    /// <summary>The node under a key, for a reader of a shape this class has no method for; null when the key is absent.</summary>
    public YamlNode? Node(string key) => Find(key);

    /// <summary>A text per language (<c>title: {en: …, km: …}</c>), or one text for every language.</summary>
    public LocalizedText Localized(string key, DiagnosticCode code, bool required = false)
    {
        if (Find(key) is YamlMappingNode mapping)
        {
            var map = new YamlMap(mapping, context);
            var pairs = mapping.Children.Keys.OfType<YamlScalarNode>()
                .Select(k => k.Value!)
                .Select(lang => new KeyValuePair<string, string>(lang, map.String(lang, code) ?? string.Empty));
            return new LocalizedText(pairs);
        }

        var text = String(key, code, required);
        return text is null ? LocalizedText.Empty : LocalizedText.Of("*", text);
    }

    /// <summary>The keys of a nested mapping, with their values as strings (flattened with dots), for string tables.</summary>
    public IEnumerable<(string Key, string Value, Mark At)> Flatten(string prefix = "")
    {
        foreach (var (keyNode, valueNode) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                context.Error(DiagnosticCodes.InvalidYaml, "a key here is empty, a list or a mapping; write each key as a single word before ':'", keyNode.Start);
                continue;
            }

            var name = prefix + key;
            switch (valueNode)
            {
                case YamlScalarNode { Value: { } value }:
                    yield return (name, value, keyNode.Start);
                    break;
                case YamlMappingNode inner:
                    foreach (var entry in new YamlMap(inner, context).Flatten(name + "."))
                    {
                        yield return entry;
                    }

                    break;
                default:
                    context.Error(DiagnosticCodes.InvalidYaml, $"'{name}' should be a text or a group of texts", valueNode.Start);
                    break;
            }
        }
    }

    private T Fail<T>(DiagnosticCode code, string message, string key)
    {
        context.Error(code, message, StartOf(key));
        return default!;
    }

    private YamlNode? FindKey(string key) =>
        node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key);

    private YamlNode? Find(string key) => FindKey(key) is { } k ? node.Children[k] : null;
}
