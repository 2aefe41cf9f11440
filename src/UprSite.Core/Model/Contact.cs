namespace UprSite.Core.Model;

public sealed record Contact(string? Name, string? Email);
