using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace UprSite.Build.Templates;

/// <summary>
/// <c>include 'name' a b</c>: the partial rendered in a context of its own, which holds what every page shares
/// (<c>site</c>, <c>page</c>, <c>lang</c>, <c>share</c>, the functions) and its parameters
/// (<see cref="PartialParameters"/>) bound to a, b — nothing the layout assigned or looped over.
/// </summary>
internal sealed class PartialIncluder(TemplateStore templates, ScriptObject shared)
{
    public RawHtml Include(TemplateContext context, string name, params object?[] arguments)
    {
        var parameters = PartialParameters.Of(name);
        if (arguments.Length != parameters.Count)
        {
            throw new ScriptRuntimeException(context.CurrentSpan,
                $"the partial '{name}' takes {parameters.Count} parameter(s) ({(parameters.Count == 0 ? "none" : string.Join(", ", parameters))}), not {arguments.Length}");
        }

        var partial = templates.Get($"partials/{name}.html", $"an include of '{name}'")
            ?? throw new ScriptRuntimeException(context.CurrentSpan, $"the partial '{name}' cannot be used");
        var own = new ScriptObject();
        for (var i = 0; i < parameters.Count; i++)
        {
            own.SetValue(parameters[i], arguments[i], true);
        }

        // The same indentation as if the partial were written where the include is (Scriban's auto-indent).
        var inner = new HtmlTemplateContext { CurrentIndent = context.CurrentIndent };
        inner.PushGlobal(shared);
        inner.PushGlobal(own);
        // Scriban indents the first line of a partial too when it renders it in the caller's context.
        return new RawHtml(context.CurrentIndent + LayoutRenderer.EvaluateInto(partial, inner));
    }
}
