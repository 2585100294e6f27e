using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Workflows.Tests.Scenarios;

/// <summary>
/// Each file in Scenarios/Broken is minimal.json with exactly one defect, and the loader reports exactly
/// that one, at its path. The files reference the shipped definitions, so the catalog is the shipped one.
/// </summary>
public sealed class BrokenScenarioTests
{
    public static readonly TheoryData<string, string, string> Cases = new()
    {
        { "invalid-json.json", "$", "not valid JSON (line 3" },
        { "missing-required-property.json", "$", "required property missing: 'debrief'" },
        { "property-not-allowed.json", "$.case.village", "property is not allowed here" },
        { "text-not-an-object.json", "$.brief", "must be of type object" },
        { "event-hour-out-of-range.json", "$.events[0].hour", "must be at most 23" },
        { "unknown-category.json", "$.case.category", "must be one of: " },
        { "id-not-file-name.json", "$.id", "id 'other-scenario' does not match the file name 'id-not-file-name.json'" },
        { "text-missing-language.json", "$.title.kk", "text is missing in 'kk'" },
        { "no-applicant.json", "$.parties", "exactly one applicant" },
        { "no-respondent.json", "$.parties", "at least one respondent" },
        { "unknown-party-role.json", "$.parties[2].role", "unknown party role 'witness'" },
        { "duplicate-event-id.json", "$.events[1].id", "duplicate 'dogBarks'" },
        { "duplicate-checkpoint-id.json", "$.checkpoints[1].id", "duplicate 'noConflictDeclared'" },
        { "unknown-definition-version.json", "$.definition", "no definition community-mediation@9" },
        { "unknown-trigger.json", "$.checkpoints[0].trigger", "'signContract' is not an action of community-mediation@2" },
        // submitForSignature exists only in version 2: triggers are checked against the version the scenario names.
        { "trigger-of-another-version.json", "$.checkpoints[0].trigger", "'submitForSignature' is not an action of community-mediation@1" },
        { "unknown-state.json", "$.checkpoints[0].state", "'archived' is not a state of community-mediation@2" },
        { "unknown-checkpoint-kind.json", "$.checkpoints[0].kind", "unknown checkpoint kind 'after'" },
        { "before-without-then.json", "$.checkpoints[0]", "a 'before' checkpoint needs 'then'" },
        { "reaches-without-state.json", "$.checkpoints[0]", "a 'reaches' checkpoint needs 'state'" },
        { "before-then-same-action.json", "$.checkpoints[0].then", "'then' must be another action than 'trigger' ('recordConsent')" },
        { "within-days-on-never-reaches.json", "$.checkpoints[0].withinDays", "'withinDays' has no meaning for a 'neverReaches' checkpoint" },
        { "state-on-happens.json", "$.checkpoints[0].state", "'state' has no meaning for a 'happens' checkpoint" },
        { "never-happens-without-trigger.json", "$.checkpoints[0]", "a 'neverHappens' checkpoint needs 'trigger'" },
        { "state-on-never-happens.json", "$.checkpoints[0].state", "'state' has no meaning for a 'neverHappens' checkpoint" },
    };

    [Fact]
    public void The_file_the_broken_ones_are_made_from_is_valid()
    {
        // Without this control a broken file could fail for a defect it shares with all the others.
        var result = ScenarioLoader.LoadFile(TestFiles.Scenario("minimal.json"), ShippedWorkflows.Catalog);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_one_defect_of_the_file_at_its_path(string name, string path, string fragment)
    {
        var file = TestFiles.BrokenScenario(name);

        var result = ScenarioLoader.LoadFile(file, ShippedWorkflows.Catalog);

        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.File);
        Assert.Equal(path, error.Path);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Every_broken_file_has_a_case_and_every_case_a_file()
    {
        var files = Directory.EnumerateFiles(TestFiles.BrokenScenario(string.Empty), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
        var cases = Cases.Select(row => row.Data.Item1).Order(StringComparer.Ordinal);

        Assert.Equal(cases, files);
    }
}
