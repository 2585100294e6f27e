using System.Text;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Diagrams;

/// <summary>
/// Renders a definition as a Mermaid <c>stateDiagram-v2</c>: stages as composite states. Mermaid draws every transition
/// of a state diagram alike, so what nobody chooses is marked in its label: an automatic action with
/// <see cref="AutomaticMark"/>, an action a timer fires with <see cref="TimerMark"/>.
/// </summary>
public static class MermaidDiagram
{
    internal const string CurrentClass = "current";
    internal const string AutomaticMark = "⚡ ";
    internal const string TimerMark = "⏱ ";

    /// <param name="currentState">A state to highlight, typically the case's current one.</param>
    /// <param name="language">kk, ru or en for the labels.</param>
    public static string Render(WorkflowDefinition definition, string? currentState = null, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        Line("stateDiagram-v2");
        Line($"    [*] --> {definition.Initial}");
        foreach (var stage in definition.Stages)
        {
            Line($"    state \"{Escape(stage.Name.For(language))}\" as {stage.Id} {{");
            foreach (var state in definition.States.Where(s => s.Stage == stage.Id))
            {
                Line($"        {state.Id} : {Escape(state.Name.For(language))}");
            }

            Line("    }");
        }

        foreach (var transition in definition.Transitions)
        {
            foreach (var from in transition.From)
            {
                var timed = definition.Timers.Any(t => t.Fires == transition.Trigger && t.States.Contains(from));
                var mark = transition.Automatic ? AutomaticMark : timed ? TimerMark : string.Empty;
                Line($"    {from} --> {transition.To ?? from} : {mark}{Escape(transition.Name.For(language))}");
            }
        }

        foreach (var state in definition.States.Where(s => s.Terminal))
        {
            Line($"    {state.Id} --> [*]");
        }

        if (currentState is not null && definition.States.Any(s => s.Id == currentState))
        {
            Line($"    classDef {CurrentClass} fill:#ffd54f,stroke:#e65100,stroke-width:3px,color:#000");
            Line($"    class {currentState} {CurrentClass}");
        }

        return text.ToString();
    }

    /// <summary>Mermaid ends a label at a colon or a line break and reads quotes and braces as syntax.</summary>
    private static string Escape(string label) =>
        // ";" first: the entities the other replacements produce end in ";" themselves.
        label.Replace(";", "#59;", StringComparison.Ordinal)
             .Replace(":", "#58;", StringComparison.Ordinal)
             .Replace("\"", "#quot;", StringComparison.Ordinal)
             .Replace("{", "#123;", StringComparison.Ordinal)
             .Replace("}", "#125;", StringComparison.Ordinal)
             .ReplaceLineEndings(" ");
}
