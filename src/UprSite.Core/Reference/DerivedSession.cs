namespace UprSite.Core.Reference;

/// <summary>A row's Working Group session derived from the reference data, and where from.</summary>
/// <param name="ReviewSession">The session of the country's review of that cycle when it differs from the document's (the document's is kept).</param>
public sealed record DerivedSession(int Session, SessionOrigin Origin, int? ReviewSession = null);
