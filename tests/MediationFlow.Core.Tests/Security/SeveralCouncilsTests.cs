using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// The access rule is sent to SQLite in a shape that depends on how many councils a person chairs and mediates in
/// (none, one, several): whatever the shape, a search finds exactly what each of their roles allows.
/// </summary>
public sealed class SeveralCouncilsTests
{
    [Fact]
    public async Task Roles_in_none_one_or_several_councils_find_exactly_what_each_role_allows()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        await app.WithDbAsync(db =>
        {
            db.Memberships.AddRange(
                new Membership { UserId = d.ChairB, CouncilId = d.CouncilA, Role = CouncilRole.Chair },
                new Membership { UserId = d.MediatorA2, CouncilId = d.CouncilB, Role = CouncilRole.Mediator },
                new Membership { UserId = d.MediatorB, CouncilId = d.CouncilA, Role = CouncilRole.Chair });
            return db.SaveChangesAsync();
        });
        var ofMediatorA = (await CaseDriver.OpenAsync(app, d.MediatorA)).CaseId;
        var ofMediatorA2InA = (await CaseDriver.OpenAsync(app, d.MediatorA2)).CaseId;
        var ofMediatorBInB = await OpenInBAsync(app, d.MediatorB);
        var ofMediatorA2InB = await OpenInBAsync(app, d.MediatorA2);

        // Chairs A and B: everything.
        Assert.Equal([ofMediatorA, ofMediatorA2InA, ofMediatorBInB, ofMediatorA2InB], await FoundAsync(app, d.ChairB));

        // Mediates in A and in B: their own cases in both.
        Assert.Equal([ofMediatorA2InA, ofMediatorA2InB], await FoundAsync(app, d.MediatorA2));

        // Chairs A, mediates in B: all of A, their own of B.
        Assert.Equal([ofMediatorA, ofMediatorA2InA, ofMediatorBInB], await FoundAsync(app, d.MediatorB));

        // Chairs A only, mediates nowhere; and mediates in A only, chairs nowhere.
        Assert.Equal([ofMediatorA, ofMediatorA2InA], await FoundAsync(app, d.ChairA));
        Assert.Equal([ofMediatorA], await FoundAsync(app, d.MediatorA));

        // In no council: nothing.
        Assert.Empty(await FoundAsync(app, d.AnalystA));
    }

    [Fact]
    public async Task A_chair_of_one_council_searches_it_by_equality_with_no_branch_for_the_councils_they_mediate_in_which_are_none()
    {
        await using var app = await TestApp.StartAsync();
        var log = new DatabaseEvents();
        await using var services = log.Build(app);
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(app.Data.ChairA);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SearchCases.Query(PageSize: 20), TestContext.Current.CancellationToken);
        }

        // As every host does before it disposes its services (docs/adr/0007).
        await services.GetRequiredService<ReadAuditTrail>().CompleteAsync();

        // Equality lets SQLite walk the council's cases newest first and stop after a page; a list sent as JSON it cannot.
        var search = Assert.Single(log.Events, e => e.StartsWith("SELECT", StringComparison.Ordinal) && e.Contains("FROM \"Cases\"", StringComparison.Ordinal));
        Assert.Matches("\"?c\"?\\.\"CouncilId\" = @", search);
        Assert.DoesNotContain("json_each", search, StringComparison.Ordinal);
        Assert.DoesNotContain("AssignedMediatorId", search, StringComparison.Ordinal);
        // Nor for cases asked of the council, whose OR over another column made SQLite read and sort the whole council.
        Assert.DoesNotContain("PendingTransferCouncilId", search, StringComparison.Ordinal);
    }

    private static async Task<long[]> FoundAsync(TestApp app, Guid reader) =>
        [.. (await app.SendAsync<SearchCases.Page>(reader, new SearchCases.Query(PageSize: 100))).Items.Select(i => i.CaseId).Order()];

    private static async Task<long> OpenInBAsync(TestApp app, Guid mediator) =>
        (await app.SendAsync<OpenCase.Opened>(mediator, new OpenCase.Command(
            app.Data.CouncilB, DisputeCategory.Labour, "Unpaid wages at the farm", false, false, false,
            [new PartyDetails(PartyRole.Applicant, "Aigerim Omarova"), new PartyDetails(PartyRole.Respondent, "Farm LLP")]))).CaseId;
}
