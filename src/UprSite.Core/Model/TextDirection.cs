namespace UprSite.Core.Model;

public enum TextDirection
{
    Ltr,
    Rtl,
}
