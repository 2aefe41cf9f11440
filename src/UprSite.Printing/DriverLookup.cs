namespace UprSite.Printing;

/// <summary>What <see cref="PlaywrightDriver.Prepare"/> found.</summary>
/// <param name="Node">The Node.js to hand to Playwright; null when Playwright's own, beside its assembly, is used.</param>
/// <param name="Problem">Why printing cannot start, with what to install; null when it can.</param>
public sealed record DriverLookup(string? Node, string? Problem);
