using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Workflows.Tests.Scenarios;

/// <summary>The scenarios trainers run: each file is valid, and each has the shape a workshop needs.</summary>
public sealed class ShippedScenarioTests
{
    public static TheoryData<string> Files() =>
        [.. Directory.EnumerateFiles(ShippedScenarios.Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Ids() => [.. ShippedScenarios.Library.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_loads_and_validates_against_the_shipped_definitions(string name)
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(ShippedScenarios.Folder, name), ShippedWorkflows.Catalog);

        Assert.Empty(result.Errors);
        Assert.Equal(Path.GetFileNameWithoutExtension(name), result.Value!.Id);
    }

    [Fact]
    public void The_library_holds_the_four_scenarios_one_per_file()
    {
        var result = ScenarioLibrary.LoadDirectory(ShippedWorkflows.Folder, ShippedWorkflows.Catalog);

        Assert.Empty(result.Errors);
        var ids = result.Value!.All.Select(s => s.Id).ToArray();
        Assert.Equal(["community-celebration", "enterprise-labour", "family-child-support", "village-boundary"], ids);
        Assert.Equal(Directory.GetFiles(ShippedScenarios.Folder, "*.json").Length, ids.Length);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Titles_tell_the_scenarios_apart_in_every_language(string language)
    {
        // A trainer picks a scenario by its title; two equal titles in one language would be a trap.
        var titles = ShippedScenarios.Library.All.Select(s => s.Title.For(language)).ToArray();

        Assert.Equal(titles.Length, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("village-boundary", "landAndBoundaries")]
    [InlineData("family-child-support", "familyAndHousehold")]
    [InlineData("enterprise-labour", "labour")]
    [InlineData("community-celebration", "communityTension")]
    public void Each_scenario_runs_a_mediable_case_of_its_category_on_version_3(string id, string category)
    {
        var scenario = ShippedScenarios.Get(id);

        Assert.Equal(new DefinitionReference("community-mediation", 3), scenario.Definition);
        Assert.Equal(category, scenario.Case.Category);
        // Screening must let the case through, or the workshop would end at intake.
        Assert.False(scenario.Case.AffectsThirdParties || scenario.Case.PartyLacksCapacity || scenario.Case.CorruptionOrPublicServiceOffence);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_scenario_has_a_workshop_sized_script(string id)
    {
        var scenario = ShippedScenarios.Get(id);

        Assert.InRange(scenario.Events.Count, 3, 4);
        Assert.InRange(scenario.Checkpoints.Count, 4, 6);
        // Events are read out as the clock runs, so the script lists them in the order they happen.
        Assert.Equal(scenario.Events.OrderBy(e => e.Offset).Select(e => e.Id), scenario.Events.Select(e => e.Id));
        // Something to do, in order, by a time, and something to avoid (a state before version 3, an action from it on).
        var kinds = scenario.Checkpoints.Select(c => c.Kind).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string> { CheckpointKinds.Happens, CheckpointKinds.Before, CheckpointKinds.Reaches }, kinds);
        Assert.True(kinds.Contains(CheckpointKinds.NeverReaches) || kinds.Contains(CheckpointKinds.NeverHappens), string.Join(", ", kinds));
        Assert.All(scenario.Parties, p => Assert.False(string.IsNullOrWhiteSpace(p.Name)));
    }

    [Fact]
    public void The_community_tension_scenario_has_several_community_representatives_and_alerts_the_chair_at_registration()
    {
        var scenario = ShippedScenarios.Get("community-celebration");

        Assert.True(scenario.Parties.Count >= 3, "several communities are represented");
        Assert.Contains(scenario.Case.Category, ShippedWorkflows.V3.Settings.SensitiveCategories);
        var registered = new WorkshopCase(scenario).Case.StartEffects.OfType<Notify>().Select(n => (n.Role, n.Template));
        Assert.Contains(("chair", "sensitiveCase"), registered);
    }

    [Fact]
    public void The_enterprise_scenario_has_someone_who_is_neither_applicant_nor_respondent_and_attends_as_a_participant()
    {
        // The union chair is the "other" role in the shipped data; without one the role would be untested.
        var scenario = ShippedScenarios.Get("enterprise-labour");
        var team = new WorkshopCase(scenario);

        Assert.Equal(["applicant", "respondent", "other"], scenario.Parties.Select(p => p.Role));
        // On version 3 he is no party: he never consents, signs or carries an obligation.
        Assert.Equal([team.PartyIds[0], team.PartyIds[1]], team.Case.Facts.Parties.Select(p => p.Id));
        Assert.Equal(team.PartyIds[2], Assert.Single(team.Case.Facts.Participants).Id);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Kazakh_texts_are_not_copies_of_the_Russian_or_English(string id)
    {
        // A missing translation pasted from another language passes the "text in kk/ru/en" check.
        foreach (var text in Texts(ShippedScenarios.Get(id)))
        {
            Assert.NotEqual(text.Ru, text.Kk);
            Assert.NotEqual(text.En, text.Kk);
            Assert.NotEqual(text.En, text.Ru);
        }
    }

    private static IEnumerable<LocalizedText> Texts(Scenario s) =>
        new[] { s.Title, s.Brief, s.Case.Description, s.Debrief }
            .Concat(s.Parties.SelectMany(p => new[] { p.Interests, p.WillAccept, p.WillNotAccept }))
            .Concat(s.Events.Select(e => e.Text))
            .Concat(s.Checkpoints.Select(c => c.Name));
}
