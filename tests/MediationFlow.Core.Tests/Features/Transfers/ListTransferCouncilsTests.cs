using MediationFlow.Core.Features.Transfers;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Transfers;

/// <summary>The choices of the transfer action's `council` field: other councils that have a chair to accept the case.</summary>
public sealed class ListTransferCouncilsTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task Lists_the_other_councils_with_a_chair_by_name_in_the_readers_language()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);

        var english = await ListAsync(d.ChairA, driver.CaseId, "en");
        var russian = await ListAsync(d.ChairA, driver.CaseId, "ru");

        // Council A is the case's own, and the region has no chair to accept a case.
        Assert.Equal([new ListTransferCouncils.TransferCouncil(d.CouncilB, "District B")], english);
        Assert.Equal([new ListTransferCouncils.TransferCouncil(d.CouncilB, "Район Б")], russian);
    }

    [Fact]
    public async Task A_sandbox_case_has_no_council_to_go_to()
    {
        var d = _app.Data;
        var workshop = await WorkshopDriver.CreateAsync(_app);
        await workshop.AddTeamAsync("Team 1", "trainee.a");
        await workshop.StartAsync();
        var driver = await workshop.TeamCaseAsync("Team 1");

        Assert.Empty(await ListAsync(d.TrainerA, driver.CaseId, "en"));
    }

    private Task<IReadOnlyList<ListTransferCouncils.TransferCouncil>> ListAsync(Guid actor, long caseId, string culture) =>
        _app.SendAsync<IReadOnlyList<ListTransferCouncils.TransferCouncil>>(actor, new ListTransferCouncils.Query(caseId), culture);
}
