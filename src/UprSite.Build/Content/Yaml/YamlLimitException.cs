using YamlDotNet.Core;

namespace UprSite.Build.Content.Yaml;

/// <summary>A YAML text goes past a bound <see cref="BoundedYamlParser"/> keeps; the message says which and what to do.</summary>
public sealed class YamlLimitException(Mark at, string message) : YamlException(at, at, message);
