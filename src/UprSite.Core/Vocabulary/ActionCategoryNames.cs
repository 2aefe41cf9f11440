using UprSite.Core.Recommendations;

namespace UprSite.Core.Vocabulary;

/// <summary>The names of the action categories in messages ("minimal action" … "specific action", DESIGN §4).</summary>
public static class ActionCategoryNames
{
    public static string Of(ActionCategory category) => category switch
    {
        ActionCategory.Minimal => "minimal action",
        ActionCategory.Continuing => "continuing action",
        ActionCategory.Considering => "considering action",
        ActionCategory.General => "general action",
        _ => "specific action",
    };
}
