using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// Practice never mixes with real work. Workshop 1 (trainer A; team 1 = trainee A, team 2 = trainee A2)
/// has its sandbox cases, on version 3 as the scenario runs, in the situations the real lists show (the draft
/// waiting for the chair, the deadline passed, waiting for assignment); workshop 2 (trainer B of council B, with its own trainee) runs beside it; council A has
/// real cases in the same situations as the control.
/// </summary>
public sealed class SandboxIsolationTests(SandboxIsolationTests.Workshops fixture) : IClassFixture<SandboxIsolationTests.Workshops>
{
    public static TheoryData<string> ListUsers() => ["trainerA", "traineeA", "traineeA2", "chairA", "mediatorA"];

    public static TheoryData<string> Outsiders() => ["chairA", "mediatorA", "mediatorA2", "analystA", "adminA", "chairB", "mediatorB", "trainerB", "traineeB"];

    [Theory]
    [MemberData(nameof(ListUsers))]
    public async Task Sandbox_cases_never_appear_in_the_inbox_search_or_approvals(string user)
    {
        var (app, sandbox) = (fixture.App, fixture.SandboxCases);
        var id = fixture.User(user);
        SearchCases.Query[] searches =
        [
            new(PageSize: 100),
            new(CouncilId: app.Data.CouncilA, PageSize: 100),
            new(Number: "WS", PageSize: 100),
            new(PartyName: "Бауыржан", PageSize: 100),
            new(State: "awaitingApproval", PageSize: 100),
            new(State: "awaitingReview", PageSize: 100),
            new(State: "overdue", PageSize: 100),
            new(State: "inMediation", PageSize: 100),
        ];

        var inbox = await app.SendAsync<GetInbox.Inbox>(id, new GetInbox.Query());
        var approvals = await app.SendAsync<IReadOnlyList<GetApprovals.Approval>>(id, new GetApprovals.Query());

        Assert.DoesNotContain(inbox.Items, i => sandbox.Contains(i.CaseId));
        Assert.DoesNotContain(inbox.Notifications, n => sandbox.Contains(n.CaseId));
        Assert.DoesNotContain(approvals, a => sandbox.Contains(a.CaseId));
        foreach (var search in searches)
        {
            var page = await app.SendAsync<SearchCases.Page>(id, search);
            Assert.DoesNotContain(page.Items, i => sandbox.Contains(i.CaseId));
        }
    }

    [Fact]
    public async Task The_control_the_lists_show_the_real_cases_in_the_same_situations()
    {
        var app = fixture.App;

        var inbox = await app.SendAsync<GetInbox.Inbox>(app.Data.ChairA, new GetInbox.Query());
        var approvals = await app.SendAsync<IReadOnlyList<GetApprovals.Approval>>(app.Data.ChairA, new GetApprovals.Query());
        var search = await app.SendAsync<SearchCases.Page>(app.Data.ChairA, new SearchCases.Query(State: "overdue", PageSize: 100));

        Assert.Contains(inbox.Items, i => i.CaseId == fixture.RealUnassigned);
        Assert.Contains(approvals, a => a.CaseId == fixture.RealAwaitingApproval);
        Assert.Contains(search.Items, i => i.CaseId == fixture.RealOverdue);

        // And the sandbox cases are where the fixture says: the trainer, playing the chair, may approve team 1's draft
        // for signature; team 2's deadline passed (from version 3 an event in the state, not a state of its own).
        var team1 = await app.SendAsync<CaseView>(app.Data.TrainerA, new GetCase.Query(fixture.Team1));
        Assert.Contains(team1.Actions, a => a.Trigger == "approve");
        Assert.Equal("inMediation", (await app.CaseRowAsync(fixture.Team2)).State);
        Assert.Contains(await app.EventsAsync(fixture.Team2), e => e.Trigger == "deadlinePassed");
    }

    [Fact]
    public async Task Sandbox_cases_create_no_notifications()
    {
        var app = fixture.App;

        // Registration, assignment, approval request and a passed deadline each tell someone on a real case.
        var sandbox = await app.WithDbAsync(db => db.Notifications.CountAsync(n => fixture.SandboxCases.Contains(n.CaseId)));
        var real = await app.WithDbAsync(db => db.Notifications.Where(n => fixture.RealCases.Contains(n.CaseId)).Select(n => n.Template).Distinct().ToListAsync());

        Assert.Equal(0, sandbox);
        Assert.Superset(new HashSet<string> { "caseRegistered", "caseAssigned", "approvalRequested", "deadlinePassed" }, real.ToHashSet());
    }

    [Fact]
    public async Task A_trainee_cannot_reach_any_real_case()
    {
        foreach (var trainee in new[] { "traineeA", "traineeA2", "traineeB" })
        {
            foreach (var caseId in fixture.RealCases)
            {
                await AssertUnreachableAsync(fixture.User(trainee), caseId);
            }
        }
    }

    [Fact]
    public async Task A_trainee_cannot_reach_another_teams_sandbox_case()
    {
        await AssertUnreachableAsync(fixture.User("traineeA"), fixture.Team2);
        await AssertUnreachableAsync(fixture.User("traineeA2"), fixture.Team1);
        await AssertUnreachableAsync(fixture.User("traineeB"), fixture.Team1);
        await AssertUnreachableAsync(fixture.User("traineeA"), fixture.OtherWorkshopCase);

        // The control: each reaches their own team's case.
        await fixture.App.SendAsync<CaseView>(fixture.User("traineeA"), new GetCase.Query(fixture.Team1));
        await fixture.App.SendAsync<CaseView>(fixture.User("traineeA2"), new GetCase.Query(fixture.Team2));
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task A_user_outside_the_workshop_cannot_reach_its_sandbox_cases_nor_the_workshop(string outsider)
    {
        var id = fixture.User(outsider);
        foreach (var caseId in new[] { fixture.Team1, fixture.Team2, fixture.Team3 })
        {
            await AssertUnreachableAsync(id, caseId);
        }

        await Assert.ThrowsAsync<NotFoundException>(() => fixture.App.SendAsync<GetWorkshop.WorkshopView>(id, new GetWorkshop.Query(fixture.Workshop.Id)));
    }

    /// <summary>Neither read nor acted on, and told it does not exist rather than that it is forbidden.</summary>
    private async Task AssertUnreachableAsync(Guid user, long caseId)
    {
        var app = fixture.App;
        var version = (await app.CaseRowAsync(caseId)).Version;
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<CaseView>(user, new GetCase.Query(caseId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(user, new GetHistory.Query(caseId)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<TakeAction.Taken>(user,
            new TakeAction.Command(caseId, "acceptForMediation", version, new Dictionary<string, string?>())));
        Assert.Equal(version, (await app.CaseRowAsync(caseId)).Version);
    }

    public sealed class Workshops : IAsyncLifetime
    {
        private readonly Dictionary<string, Guid> _users = new(StringComparer.Ordinal);

        public TestApp App { get; private set; } = null!;

        public WorkshopDriver Workshop { get; private set; } = null!;

        /// <summary>Team 1's case, its draft waiting for the chair's review.</summary>
        public long Team1 { get; private set; }

        /// <summary>Team 2's case, its deadline passed on the workshop clock.</summary>
        public long Team2 { get; private set; }

        /// <summary>Team 3's case (trainee A again), accepted and waiting for the trainer to assign a mediator.</summary>
        public long Team3 { get; private set; }

        public long OtherWorkshopCase { get; private set; }

        public long RealUnassigned { get; private set; }

        public long RealAwaitingApproval { get; private set; }

        public long RealOverdue { get; private set; }

        public IReadOnlyList<long> SandboxCases => [Team1, Team2, Team3, OtherWorkshopCase];

        public IReadOnlyList<long> RealCases => [RealUnassigned, RealAwaitingApproval, RealOverdue];

        public Guid User(string name) => _users[name];

        public async ValueTask InitializeAsync()
        {
            App = await TestApp.StartAsync();
            var d = App.Data;
            _users["trainerA"] = d.TrainerA;
            _users["traineeA"] = d.TraineeA;
            _users["traineeA2"] = await Trainees.EnsureAsync(App, Trainees.Second);
            _users["traineeB"] = await Trainees.EnsureAsync(App, "trainee.b");
            _users["trainerB"] = await Trainees.EnsureAsync(App, "trainer.b", trainerOf: d.CouncilB);
            foreach (var (name, id) in new[] { ("chairA", d.ChairA), ("mediatorA", d.MediatorA), ("mediatorA2", d.MediatorA2), ("analystA", d.AnalystA), ("adminA", d.AdminA), ("chairB", d.ChairB), ("mediatorB", d.MediatorB) })
            {
                _users[name] = id;
            }

            // Real cases first, on real time: the deadline of the one in mediation passes with the 31 days below.
            var approval = await CaseDriver.OpenAsync(App);
            await approval.ToAwaitingApprovalAsync();
            RealAwaitingApproval = approval.CaseId;
            var overdue = await CaseDriver.OpenAsync(App);
            await overdue.IntoMediationAsync();
            RealOverdue = overdue.CaseId;
            var unassigned = await CaseDriver.OpenAsync(App);
            await unassigned.TakeAsync(d.MediatorA, "acceptForMediation");
            RealUnassigned = unassigned.CaseId;

            Workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(App);
            await Workshop.AddTeamAsync("Team 3", "trainee.a");
            var team1 = await Workshop.TeamCaseAsync("Team 1");
            await team1.ToSandboxReviewAsync(d.TrainerA, d.TraineeA);
            var team2 = await Workshop.TeamCaseAsync("Team 2");
            await team2.IntoSandboxMediationAsync(d.TrainerA, User("traineeA2"));
            var team3 = await Workshop.TeamCaseAsync("Team 3");
            await team3.TakeAsync(d.TraineeA, "acceptForMediation");
            (Team1, Team2, Team3) = (team1.CaseId, team2.CaseId, team3.CaseId);

            var other = await App.SendAsync<CreateWorkshop.Created>(User("trainerB"), new CreateWorkshop.Command(d.CouncilB, WorkshopDriver.Scenario, "Council B practice"));
            await App.SendAsync<AddTeam.Added>(User("trainerB"), new AddTeam.Command(other.WorkshopId, "Team B", ["trainee.b"]));
            await App.SendAsync<Domain.WorkshopStatus>(User("trainerB"), new StartWorkshop.Command(other.WorkshopId));
            OtherWorkshopCase = await App.WithDbAsync(db => db.Cases.Where(c => c.WorkshopId == other.WorkshopId).Select(c => c.Id).SingleAsync());

            // 31 days on real time and on workshop 1's clock: the real case becomes overdue; teams 1 and 2, whose terms
            // run on version 3 until the parties sign, are each warned before their deadline and see it pass.
            App.Time.Advance(TimeSpan.FromDays(31));
            Assert.Equal(5, await App.PumpAsync());
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
