namespace UprSite.Core.Model;

public enum PaperSize
{
    A4,
    Letter,
}
