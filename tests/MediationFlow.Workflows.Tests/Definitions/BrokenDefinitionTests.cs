using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Tests.Definitions;

/// <summary>Each file in Definitions/Broken has exactly one defect, and the loader reports exactly that one.</summary>
public sealed class BrokenDefinitionTests
{
    public static readonly TheoryData<string, string, string> Cases = new()
    {
        { "invalid-json.v1.json", "$", "not valid JSON (line 13" },
        { "missing-required-property.v1.json", "$.transitions[0]", "required property missing: 'roles'" },
        { "property-not-allowed.v1.json", "$.states[1].colour", "property is not allowed here" },
        { "null-roles.v1.json", "$.transitions[0].roles", "must be of type array" },
        { "invalid-duration.v1.json", "$.timers[0].after", "does not match the pattern" },
        { "zero-duration.v1.json", "$.timers[0].after", "'P0D' is not a positive ISO-8601 duration" },
        { "unknown-initial-state.v1.json", "$.initial", "initial state 'opened' is not one of the states" },
        { "unreachable-state.v1.json", "$.states[2]", "'orphan' cannot be reached" },
        { "dead-end-state.v1.json", "$.states[2]", "'stuck' is not terminal but no transition leaves it" },
        { "ambiguous-trigger.v1.json", "$.transitions[1].from", "trigger 'start' is ambiguous from state 'open'" },
        { "unknown-guard.v1.json", "$.transitions[0].guards[0]", "unknown guard 'isWeekday'" },
        { "reason-for-unknown-guard.v1.json", "$.guards.isWeekday", "unknown guard 'isWeekday'" },
        { "guard-without-reason.v1.json", "$.transitions[0].guards[0]", "'hasRespondent' has no reason text" },
        { "guard-missing-setting.v1.json", "$.transitions[0].guards[0]", "needs the setting 'maxExtensions'" },
        { "guard-missing-input.v1.json", "$.transitions[0].guards[0]", "reads the input field 'extendedUntil'" },
        { "unknown-effect.v1.json", "$.states[1].onEntry[0].effect", "unknown effect 'sendFax'" },
        { "notify-template-undeclared.v1.json", "$.states[1].onEntry[0].template", "template 'caseStarted' is not in $.notifications" },
        { "unknown-role.v1.json", "$.transitions[0].roles[1]", "unknown role 'secretary'" },
        { "timer-unknown-trigger.v1.json", "$.timers[0].fires", "'expire', which no transition has" },
        { "timer-trigger-not-from-state.v1.json", "$.timers[0].fires", "cannot be taken from its state 'open'" },
        { "timer-trigger-not-for-system.v1.json", "$.timers[0].fires", "does not allow the role 'system'" },
        { "label-missing-language.v1.json", "$.states[1].name.kk", "label is missing in 'kk'" },
        { "unknown-target-state.v1.json", "$.transitions[2].to", "unknown state 'archived'" },
        { "unknown-stage.v1.json", "$.states[1].stage", "unknown stage 'hearing'" },
        { "duplicate-state-id.v1.json", "$.states[2].id", "duplicate 'active'" },
        { "state-named-like-stage.v1.json", "$.states[1].id", "same id as a stage" },
        { "choice-without-options.v1.json", "$.transitions[1].input[0].options", "a choice needs at least one option" },
        { "unknown-input-type.v1.json", "$.transitions[1].input[0].type", "unknown input type 'timestamp'" },
        { "unknown-setting.v1.json", "$.settings.deadline", "unknown setting 'deadline'" },
        { "file-name-mismatch.v1.json", "$.version", "version 2 does not match the file name" },
        { "id-not-file-name.v1.json", "$.id", "id 'other-workflow' does not match the file name" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_one_defect_of_the_file_at_its_path(string name, string path, string fragment)
    {
        var file = TestFiles.Broken(name);

        var result = DefinitionLoader.LoadFile(file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.File);
        Assert.Equal(path, error.Path);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Every_broken_file_has_a_case_and_every_case_a_file()
    {
        var files = Directory.EnumerateFiles(TestFiles.Broken(string.Empty), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
        var cases = Cases.Select(row => row.Data.Item1).Order(StringComparer.Ordinal);

        Assert.Equal(cases, files);
    }
}
