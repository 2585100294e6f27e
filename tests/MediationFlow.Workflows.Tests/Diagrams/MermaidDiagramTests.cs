using MediationFlow.Workflows.Diagrams;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Diagrams;

/// <summary>The process diagram shown to chairs and trainees: stages as boxes around their states, the case's state marked.</summary>
public sealed class MermaidDiagramTests
{
    public static TheoryData<int> Versions => [1, 2, 3];

    private static CompiledWorkflow Workflow(int version) => ShippedWorkflows.Catalog.Get(ShippedWorkflows.Id, version);

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_stage_is_a_composite_state_holding_exactly_its_states(int version)
    {
        var definition = Workflow(version).Definition;

        var drawn = StatesByStage(MermaidDiagram.Render(definition));

        Assert.Equal(definition.Stages.Select(s => s.Id), drawn.Keys);
        foreach (var stage in definition.Stages)
        {
            Assert.Equal(definition.States.Where(s => s.Stage == stage.Id).Select(s => s.Id), drawn[stage.Id]);
        }
    }

    [Fact]
    public void Stages_and_states_carry_their_names_in_the_chosen_language()
    {
        var text = MermaidDiagram.Render(ShippedWorkflows.V1.Definition, language: "ru");

        Assert.StartsWith("stateDiagram-v2\n    [*] --> registered\n", text, StringComparison.Ordinal);
        Assert.Contains("    state \"Приём обращения\" as intake {\n", text, StringComparison.Ordinal);
        Assert.Contains("        inMediation : Идёт медиация\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Colons_semicolons_and_quotes_in_labels_are_escaped_once()
    {
        var definition = ShippedWorkflows.V1.Definition with
        {
            Stages = [.. ShippedWorkflows.V1.Definition.Stages.Select((s, i) => i == 0 ? s with { Name = new("a", "b", "Intake: \"new\"; today") } : s)],
        };

        var text = MermaidDiagram.Render(definition);

        Assert.Contains("state \"Intake#58; #quot;new#quot;#59; today\" as intake", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_transition_is_drawn_from_each_of_its_states()
    {
        var definition = ShippedWorkflows.V1.Definition;
        var text = MermaidDiagram.Render(definition);

        Assert.Contains("    awaitingApproval --> monitoring : Approve\n", text, StringComparison.Ordinal);
        Assert.Contains("    overdue --> withdrawn : Record a party's withdrawal\n", text, StringComparison.Ordinal);
        // An action that stays in its state is a loop.
        Assert.Contains("    awaitingConsent --> awaitingConsent : Record a party's consent\n", text, StringComparison.Ordinal);
        var edges = text.Split('\n').Count(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Contains(" --> ", StringComparison.Ordinal) && !l.Contains("[*]", StringComparison.Ordinal));
        Assert.Equal(definition.Transitions.Sum(t => t.From.Count), edges);
    }

    [Fact]
    public void An_automatic_action_and_an_action_a_timer_fires_are_marked_from_each_state_the_timer_runs_in()
    {
        var text = MermaidDiagram.Render(ShippedWorkflows.V3.Definition);

        Assert.Contains("    awaitingSignatures --> monitoring : ⚡ Signed by every party\n", text, StringComparison.Ordinal);
        Assert.Contains("    draftingAgreement --> expired : ⏱ Close as expired\n", text, StringComparison.Ordinal);
        Assert.Contains("    awaitingTransfer --> awaitingTransfer : ⏱ The mediation deadline passed\n", text, StringComparison.Ordinal);
        Assert.Contains("    awaitingSignatures --> draftingAgreement : Revise the draft\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_given_state_is_highlighted_and_no_other()
    {
        var text = MermaidDiagram.Render(ShippedWorkflows.V1.Definition, currentState: "inMediation");

        Assert.Contains($"    classDef {MermaidDiagram.CurrentClass} ", text, StringComparison.Ordinal);
        Assert.Equal(["    class inMediation current"], text.Split('\n').Where(l => l.StartsWith("    class ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("nowhere")]
    public void Without_a_known_current_state_nothing_is_highlighted(string? currentState)
    {
        var text = MermaidDiagram.Render(ShippedWorkflows.V1.Definition, currentState);

        Assert.DoesNotContain("classDef", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n    class ", text, StringComparison.Ordinal);
    }

    /// <summary>Reads the composite blocks back: stage id to the state ids declared inside it, in order.</summary>
    private static Dictionary<string, List<string>> StatesByStage(string text)
    {
        var stages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("    state \"", StringComparison.Ordinal) && line.EndsWith(" {", StringComparison.Ordinal))
            {
                var id = line[(line.LastIndexOf(" as ", StringComparison.Ordinal) + 4)..^2];
                stages[id] = current = [];
            }
            else if (line == "    }")
            {
                current = null;
            }
            else if (current is not null && line.StartsWith("        ", StringComparison.Ordinal))
            {
                current.Add(line.Trim().Split(" : ")[0]);
            }
        }

        return stages;
    }
}
