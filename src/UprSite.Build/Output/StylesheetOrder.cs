namespace UprSite.Build.Output;

/// <summary>
/// The order in which stylesheets are hashed: each after every stylesheet it imports or points to, so that its hash
/// covers their hashed names whatever the files are called. A stylesheet that imports one of its own importers closes a
/// circle, which no order can hash; the import that closes it is kept in <see cref="Circles"/> and left as written.
/// </summary>
public sealed class StylesheetOrder
{
    private StylesheetOrder(IReadOnlyList<string> order, IReadOnlyList<(string From, string To)> circles)
    {
        Order = order;
        Circles = circles;
    }

    /// <summary>Every stylesheet's path, each after the stylesheets it references.</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>Each reference from a stylesheet to one that (directly or through others) references it back.</summary>
    public IReadOnlyList<(string From, string To)> Circles { get; }

    /// <param name="sheets">Output path (assets/…) → the stylesheet's text.</param>
    public static StylesheetOrder Of(IReadOnlyDictionary<string, string> sheets)
    {
        var order = new List<string>();
        var circles = new List<(string, string)>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: being visited, true: placed

        // Depth first, in name order at each step, so the order (and a circle's reported edge) never depends on
        // anything but the files.
        void Visit(string path)
        {
            state[path] = false;
            foreach (var target in CssReferences.Targets(path, sheets[path]).Where(sheets.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                if (!state.TryGetValue(target, out var placed))
                {
                    Visit(target);
                }
                else if (!placed)
                {
                    circles.Add((path, target));
                }
            }

            state[path] = true;
            order.Add(path);
        }

        foreach (var path in sheets.Keys.Order(StringComparer.Ordinal))
        {
            if (!state.ContainsKey(path))
            {
                Visit(path);
            }
        }

        return new StylesheetOrder(order, circles);
    }
}
