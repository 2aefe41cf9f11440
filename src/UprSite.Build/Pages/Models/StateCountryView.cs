namespace UprSite.Build.Pages.Models;

/// <summary>On a recommending State's page, one country it recommended to: its page there and each cycle's rows.</summary>
/// <param name="Anchor">The section's id on the page (country-&lt;code&gt;).</param>
/// <param name="StatePageHref">The State's page on the country's own site section.</param>
public sealed record StateCountryView(string Code, string Anchor, string Name, string Summary, string StatePageHref, string CountryHref, IReadOnlyList<StateCycleView> Cycles);
