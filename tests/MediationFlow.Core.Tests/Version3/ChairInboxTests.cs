using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>
/// Once version 3 is released beside version 2, a chair's inbox reads each case's state in its own version: version 3
/// lets the chair replace the mediator from every state, which is no work waiting on the chair.
/// </summary>
public sealed class ChairInboxTests
{
    private static readonly Func<Case, bool> WaitingOnChair = GetInbox.Handler.WaitingOnChair(Released()).Compile();

    private static WorkflowCatalog Released() =>
        new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "community-mediation.v*.json")
            .Select(f => DefinitionLoader.LoadFile(f).Value! with { Draft = false }));

    private static Case On(int version, string state, Guid? mediator) => new()
    {
        Number = "T-1",
        Description = "Inbox",
        DefinitionId = DependencyInjection.DefaultDefinitionId,
        DefinitionVersion = version,
        State = state,
        Stage = "any",
        AssignedMediatorId = mediator,
    };

    [Theory]
    [InlineData(2, "awaitingApproval", true)]
    [InlineData(2, "awaitingAssignment", true)]
    [InlineData(2, "inMediation", false)]
    [InlineData(2, "monitoring", false)]
    [InlineData(3, "awaitingReview", true)]
    [InlineData(3, "awaitingAssignment", true)]
    [InlineData(3, "inMediation", false)]
    [InlineData(3, "awaitingSignatures", false)]
    [InlineData(3, "monitoring", false)]
    public void A_case_waits_on_its_chair_only_where_its_own_version_says_so(int version, string state, bool waiting)
    {
        Assert.Equal(waiting, WaitingOnChair(On(version, state, Guid.NewGuid())));
    }

    [Fact]
    public void A_followed_up_case_whose_mediator_recused_waits_on_the_chair_to_assign_another()
    {
        Assert.True(WaitingOnChair(On(3, "monitoring", mediator: null)));
    }

    [Fact]
    public async Task The_receiving_chair_finds_a_transfer_in_the_inbox()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.TakeAsync(app.Data.MediatorA, "acceptForMediation");
        await driver.TakeAsync(app.Data.ChairA, "requestTransfer",
            ("council", app.Data.CouncilB.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", "Nobody left"));

        var inbox = await app.SendAsync<GetInbox.Inbox>(app.Data.ChairB, new GetInbox.Query());

        Assert.Contains(inbox.Items, i => i.CaseId == driver.CaseId);
    }
}
