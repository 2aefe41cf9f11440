using UprSite.Core.Model;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// How the keys of kept groups and files compare: texts, values and countries (a <see cref="Country"/> record: its
/// country.yml's values and the very row lists Validate kept) by value, every other object by reference — the same
/// object is what an unchanged input gives again.
/// </summary>
public static class ReuseKey
{
    public static bool Same(object?[] a, object?[] b) => a.Length == b.Length && a.Zip(b).All(pair => Same(pair.First, pair.Second));

    private static bool Same(object? a, object? b) => ReferenceEquals(a, b) || (a is string or ValueType or Country && Equals(a, b));
}
