namespace UprSite.Core.Reference;

/// <summary>The known sources that are not States (see <see cref="NonStateSource"/>).</summary>
public static class NonStateSources
{
    /// <summary>No State named: a blank cell, "(Unknown)", or the same written with HTML character references.</summary>
    public static NonStateSource Unknown { get; } = new("unknown", "Unknown", "Inconnu",
        ["(Unknown)", "&#40;Unknown&#41;", "Not known", "Unspecified", "Not specified", "N/A", "(Inconnu)", "Non précisé"]);

    public static IReadOnlyList<NonStateSource> All { get; } =
    [
        Unknown,
        new("european-union", "European Union", "Union européenne", ["EU", "UE", "European Community"]),
        new("sovereign-order-of-malta", "Sovereign Order of Malta", "Ordre souverain de Malte",
            ["Sovereign Military Order of Malta", "Order of Malta", "Ordre de Malte"]),
        new("united-nations", "United Nations", "Organisation des Nations Unies", ["UN", "ONU", "Nations Unies"]),
    ];
}
