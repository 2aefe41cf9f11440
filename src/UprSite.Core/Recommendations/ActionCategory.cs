namespace UprSite.Core.Recommendations;

/// <summary>Edward McMahon's scale of what a recommendation asks, as UPR Info uses it (DESIGN §4).</summary>
public enum ActionCategory
{
    /// <summary>Addressed to other States, or asking for assistance or information.</summary>
    Minimal = 1,

    /// <summary>Continue, maintain, pursue…</summary>
    Continuing = 2,

    /// <summary>Consider, examine, review…</summary>
    Considering = 3,

    /// <summary>Ensure, promote, strengthen…</summary>
    General = 4,

    /// <summary>Adopt, establish, ratify, investigate…</summary>
    Specific = 5,
}
