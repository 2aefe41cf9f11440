using Spectre.Console;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>Progress as a live Spectre.Console bar on a terminal: one task per stage that reports.</summary>
public sealed class TerminalProgress(ProgressContext context) : IBuildProgress
{
    private readonly Dictionary<string, ProgressTask> _tasks = [];
    private readonly Lock _lock = new();

    public void Report(string stage, int done, int total, string item)
    {
        lock (_lock)
        {
            if (!_tasks.TryGetValue(stage, out var task))
            {
                task = _tasks[stage] = context.AddTask(Markup.Escape(stage), maxValue: total);
            }

            task.MaxValue = total;
            task.Value = done;
            task.Description = Markup.Escape($"{stage}: {item}");
        }
    }
}
