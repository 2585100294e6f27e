using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// Confidentiality across councils: council A has cases in every situation a list shows (unassigned,
/// waiting for approval, overdue, with notifications); council B's chair and mediator reach none of
/// them through any query, while council A's chair (the control) does.
/// </summary>
public sealed class CouncilIsolationTests(CouncilIsolationTests.Councils fixture) : IClassFixture<CouncilIsolationTests.Councils>
{
    public static TheoryData<string> OutsidersOfA() => ["chairB", "mediatorB"];

    [Fact]
    public async Task The_chair_of_council_A_reaches_every_case_of_A_through_the_lists()
    {
        var (app, a) = (fixture.App, fixture.CasesOfA);

        var search = await app.SendAsync<SearchCases.Page>(app.Data.ChairA, new SearchCases.Query(PageSize: 100));
        var inbox = await app.SendAsync<GetInbox.Inbox>(app.Data.ChairA, new GetInbox.Query());
        var approvals = await app.SendAsync<IReadOnlyList<GetApprovals.Approval>>(app.Data.ChairA, new GetApprovals.Query());

        Assert.Superset(a.ToHashSet(), search.Items.Select(i => i.CaseId).ToHashSet());
        Assert.Contains(inbox.Items, i => i.CaseId == fixture.Overdue);
        Assert.Contains(inbox.Items, i => i.CaseId == fixture.Unassigned);
        Assert.Contains(inbox.Notifications, n => a.Contains(n.CaseId));
        Assert.Contains(approvals, x => x.CaseId == fixture.AwaitingApproval);
    }

    [Theory]
    [MemberData(nameof(OutsidersOfA))]
    public async Task A_member_of_council_B_cannot_open_a_case_of_A_or_its_history(string outsider)
    {
        var app = fixture.App;
        foreach (var id in fixture.CasesOfA)
        {
            await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<CaseView>(User(outsider), new GetCase.Query(id)));
            await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(User(outsider), new GetHistory.Query(id)));
        }
    }

    [Theory]
    [MemberData(nameof(OutsidersOfA))]
    public async Task A_member_of_council_B_finds_no_case_of_A_by_any_search(string outsider)
    {
        var app = fixture.App;
        SearchCases.Query[] searches =
        [
            new(PageSize: 100),
            new(CouncilId: app.Data.CouncilA, PageSize: 100),
            new(Number: "AKM-01", PageSize: 100),
            new(PartyName: "Aigerim", PageSize: 100),
            new(State: "awaitingApproval", PageSize: 100),
            new(After: long.MaxValue, PageSize: 100),
        ];

        foreach (var search in searches)
        {
            var page = await app.SendAsync<SearchCases.Page>(User(outsider), search);
            Assert.DoesNotContain(page.Items, i => fixture.CasesOfA.Contains(i.CaseId));
        }

        // The control: their own council's case is found, so the searches above were not empty by accident.
        var own = await app.SendAsync<SearchCases.Page>(User(outsider), new SearchCases.Query(PageSize: 100));
        Assert.Equal([fixture.CaseOfB], own.Items.Select(i => i.CaseId));
    }

    [Theory]
    [MemberData(nameof(OutsidersOfA))]
    public async Task A_member_of_council_B_sees_no_case_or_notification_of_A_in_the_inbox_or_approvals(string outsider)
    {
        var app = fixture.App;

        var inbox = await app.SendAsync<GetInbox.Inbox>(User(outsider), new GetInbox.Query());
        var approvals = await app.SendAsync<IReadOnlyList<GetApprovals.Approval>>(User(outsider), new GetApprovals.Query());

        Assert.DoesNotContain(inbox.Items, i => fixture.CasesOfA.Contains(i.CaseId));
        Assert.DoesNotContain(inbox.Notifications, n => fixture.CasesOfA.Contains(n.CaseId));
        Assert.Equal(inbox.Items.Count, inbox.Total);
        Assert.DoesNotContain(approvals, x => fixture.CasesOfA.Contains(x.CaseId));
        Assert.Contains(inbox.Items, i => i.CaseId == fixture.CaseOfB);
    }

    private Guid User(string name) => name == "chairB" ? fixture.App.Data.ChairB : fixture.App.Data.MediatorB;

    /// <summary>Council A's cases in the situations the lists show, and one case of council B.</summary>
    public sealed class Councils : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;

        public long Unassigned { get; private set; }

        public long AwaitingApproval { get; private set; }

        public long Overdue { get; private set; }

        public long CaseOfB { get; private set; }

        public IReadOnlyList<long> CasesOfA => [Unassigned, AwaitingApproval, Overdue];

        public async ValueTask InitializeAsync()
        {
            App = await TestApp.StartAsync();
            var d = App.Data;

            var approval = await CaseDriver.OpenAsync(App);
            await approval.IntoMediationAsync();
            await approval.HoldSessionAsync();
            await approval.TakeAsync(d.MediatorA, "reachSettlement");
            var respondent = (await approval.ViewAsync(d.MediatorA)).Parties.Single(p => p.Role == PartyRole.Respondent);
            await approval.TakeAsync(d.MediatorA, "addObligation",
                ("party", respondent.Id.ToString(CultureInfo.InvariantCulture)), ("description", "Move the fence back"), ("dueOn", "2026-12-10"));
            await approval.TakeAsync(d.MediatorA, "submitForSignature");
            await approval.TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));
            AwaitingApproval = approval.CaseId;

            var overdue = await CaseDriver.OpenAsync(App);
            await overdue.IntoMediationAsync();
            Overdue = overdue.CaseId;

            var unassigned = await CaseDriver.OpenAsync(App);
            await unassigned.TakeAsync(d.MediatorA, "acceptForMediation");
            Unassigned = unassigned.CaseId;

            // Council B's own case, waiting for its chair: B's lists are not empty.
            var ofB = await App.SendAsync<OpenCase.Opened>(d.MediatorB, new OpenCase.Command(
                d.CouncilB, Domain.DisputeCategory.Labour, "Unpaid wages at the farm", false, false, false,
                [new PartyDetails(PartyRole.Applicant, "Aigerim Omarova"), new PartyDetails(PartyRole.Respondent, "Farm LLP")]));
            await App.SendAsync<TakeAction.Taken>(d.MediatorB, new TakeAction.Command(ofB.CaseId, "acceptForMediation", ofB.Version, new Dictionary<string, string?>()));
            CaseOfB = ofB.CaseId;

            App.Time.Advance(TimeSpan.FromDays(31));
            Assert.Equal(1, await App.PumpAsync());
        }

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }
}
