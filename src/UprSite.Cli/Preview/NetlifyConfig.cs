namespace UprSite.Cli.Preview;

/// <summary>
/// What netlify.toml tells Netlify: the build command, the publish folder and the [[headers]] rules. Reads exactly the
/// TOML this repository writes (tables, key = "basic string", comments) and refuses anything else, so a change to
/// netlify.toml that this reader does not understand fails the tests instead of being served differently.
/// <c>uprsite serve</c> sends the same headers, and the browser tests serve with them.
/// </summary>
public sealed class NetlifyConfig
{
    private const string DefaultResource = "UprSite.Cli.Preview.netlify.toml";

    private readonly List<(string Pattern, Dictionary<string, string> Values)> _headers = [];
    private readonly Dictionary<string, string> _build = new(StringComparer.Ordinal);

    public string? BuildCommand => _build.GetValueOrDefault("command");

    public string? Publish => _build.GetValueOrDefault("publish");

    public IReadOnlyList<(string Pattern, Dictionary<string, string> Values)> HeaderRules => _headers;

    public static NetlifyConfig Load(string path) => Parse(File.ReadAllLines(path));

    /// <summary>The repository's own netlify.toml, carried by the tool for sites that have none.</summary>
    public static NetlifyConfig Default { get; } = LoadDefault();

    public static NetlifyConfig Parse(IEnumerable<string> lines)
    {
        var config = new NetlifyConfig();
        var table = string.Empty;
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                table = line.Trim('[', ']').Trim();
                if (line == "[[headers]]")
                {
                    config._headers.Add((string.Empty, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)));
                }

                continue;
            }

            var equals = line.IndexOf('=');
            if (equals < 0 || !line.EndsWith('"') || line.IndexOf('"', equals) < 0 || line.Contains("\"\"\""))
            {
                throw new FormatException($"netlify.toml line {number}: only key = \"value\" lines are understood here: {raw}");
            }

            var key = line[..equals].Trim();
            var value = line[(line.IndexOf('"', equals) + 1)..^1].Replace("\\\"", "\"", StringComparison.Ordinal);
            switch (table)
            {
                case "build":
                    config._build[key] = value;
                    break;
                case "headers" when key == "for":
                    config._headers[^1] = (value, config._headers[^1].Values);
                    break;
                case "headers.values":
                    config._headers[^1].Values[key] = value;
                    break;
            }
        }

        return config;
    }

    /// <summary>The headers Netlify sends for <paramref name="path"/>: every matching rule, later rules winning.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in _headers.Where(h => Matches(h.Pattern, path)))
        {
            foreach (var (name, value) in values)
            {
                headers[name] = value;
            }
        }

        return headers;
    }

    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;

    private static NetlifyConfig LoadDefault()
    {
        using var stream = typeof(NetlifyConfig).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException(DefaultResource + " is not embedded in the tool");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd().Split('\n'));
    }
}
