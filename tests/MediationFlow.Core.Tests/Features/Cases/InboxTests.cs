using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>"What needs me now", for a mediator and for a chair, 31 days after the first case started.</summary>
public sealed class InboxTests(InboxTests.Scenario s) : IClassFixture<InboxTests.Scenario>
{
    [Fact]
    public async Task A_mediator_sees_their_open_cases_overdue_first_then_by_nearest_deadline_then_the_rest()
    {
        var inbox = await s.App.SendAsync<GetInbox.Inbox>(s.App.Data.MediatorA, new GetInbox.Query());

        // Without a deadline, the most recently touched first.
        Assert.Equal([s.Overdue, s.Near, s.Far, s.Unassigned, s.Approval], inbox.Items.Select(i => i.CaseId));
        Assert.Equal(inbox.Items.Count, inbox.Total);
        Assert.Equal([true, false, false, false, false], inbox.Items.Select(i => i.Overdue));
        Assert.All(inbox.Items, i => Assert.False(i.ForChair));
    }

    [Fact]
    public async Task An_inbox_longer_than_its_page_shows_the_first_page_and_counts_every_item()
    {
        await using var app = await TestApp.StartAsync();
        for (var i = 0; i <= GetInbox.Limit; i++)
        {
            await CaseDriver.OpenAsync(app, app.Data.MediatorA2);
        }

        var inbox = await app.SendAsync<GetInbox.Inbox>(app.Data.MediatorA2, new GetInbox.Query());

        Assert.Equal(GetInbox.Limit, inbox.Items.Count);
        Assert.Equal(GetInbox.Limit + 1, inbox.Total);
    }

    [Fact]
    public async Task A_mediator_does_not_see_a_colleagues_case_nor_closed_ones()
    {
        var mine = await s.App.SendAsync<GetInbox.Inbox>(s.App.Data.MediatorA, new GetInbox.Query());
        var colleague = await s.App.SendAsync<GetInbox.Inbox>(s.App.Data.MediatorA2, new GetInbox.Query());

        Assert.DoesNotContain(mine.Items, i => i.CaseId == s.OfColleague || i.CaseId == s.Closed);
        Assert.Equal([s.OfColleague], colleague.Items.Select(i => i.CaseId));
    }

    [Fact]
    public async Task A_chair_sees_overdue_unassigned_and_awaiting_approval_cases_of_the_council()
    {
        var inbox = await s.App.SendAsync<GetInbox.Inbox>(s.App.Data.ChairA, new GetInbox.Query());

        Assert.Equal([s.Overdue, s.Unassigned, s.Approval], inbox.Items.Select(i => i.CaseId));
        Assert.All(inbox.Items, i => Assert.True(i.ForChair));
        Assert.Equal([s.Approval], inbox.Items.Where(i => i.AwaitingApproval).Select(i => i.CaseId));
        Assert.Equal([s.Overdue], inbox.Items.Where(i => i.Overdue).Select(i => i.CaseId));
    }

    [Fact]
    public async Task A_case_that_is_the_readers_own_and_waits_on_them_as_chair_is_listed_once()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        await app.WithDbAsync(db =>
        {
            // Mediator A2 also chairs council A.
            db.Memberships.Add(new Membership { UserId = d.MediatorA2, CouncilId = d.CouncilA, Role = CouncilRole.Chair });
            return db.SaveChangesAsync();
        });
        var driver = await CaseDriver.OpenAsync(app, d.MediatorA2);
        await driver.TakeAsync(d.MediatorA2, "acceptForMediation");

        var inbox = await app.SendAsync<GetInbox.Inbox>(d.MediatorA2, new GetInbox.Query());

        var item = Assert.Single(inbox.Items);
        Assert.Equal((driver.CaseId, true, true), (item.CaseId, item.ForChair, item.Unassigned));
        Assert.Equal(1, inbox.Total);
    }

    [Fact]
    public async Task Unread_notifications_are_listed_newest_first_in_the_readers_language()
    {
        var chair = await s.App.SendAsync<GetInbox.Inbox>(s.App.Data.ChairA, new GetInbox.Query(), culture: "ru");
        var mediator = await s.App.SendAsync<GetInbox.Inbox>(s.App.Data.MediatorA, new GetInbox.Query());
        var texts = TestApp.Workflows.Get("community-mediation", TestApp.Version2).Definition.Notifications;

        var newest = chair.Notifications[0];
        Assert.Equal((s.Overdue, "deadlinePassed", texts["deadlinePassed"].Ru), (newest.CaseId, newest.Template, newest.Message));
        Assert.Equal(chair.Notifications.OrderByDescending(n => n.CreatedAt).Select(n => n.Id), chair.Notifications.Select(n => n.Id));
        var approval = Assert.Single(chair.Notifications, n => n.Template == "approvalRequested");
        Assert.Equal((s.Approval, texts["approvalRequested"].Ru), (approval.CaseId, approval.Message));
        Assert.Contains(mediator.Notifications, n => (n.CaseId, n.Template, n.Message) == (s.Overdue, "deadlinePassed", texts["deadlinePassed"].En));
        Assert.DoesNotContain(mediator.Notifications, n => n.Template == "approvalRequested");
    }

    /// <summary>Cases started on different days; the clock then stands 31 days after the first.</summary>
    public sealed class Scenario : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;

        public long Overdue { get; private set; }

        public long Near { get; private set; }

        public long Far { get; private set; }

        public long Approval { get; private set; }

        public long Unassigned { get; private set; }

        public long OfColleague { get; private set; }

        public long Closed { get; private set; }

        public async ValueTask InitializeAsync()
        {
            App = await TestApp.StartAsync();
            var d = App.Data;
            Overdue = await InMediationAsync(d.MediatorA);
            App.Time.Advance(TimeSpan.FromDays(3));
            Near = await InMediationAsync(d.MediatorA);
            App.Time.Advance(TimeSpan.FromDays(2));
            Far = await InMediationAsync(d.MediatorA);
            OfColleague = await InMediationAsync(d.MediatorA2);
            Approval = (await Lists.AwaitingApprovalAsync(App)).CaseId;
            App.Time.Advance(TimeSpan.FromHours(1));
            var unassigned = await CaseDriver.OpenAsync(App);
            await unassigned.TakeAsync(d.MediatorA, "acceptForMediation");
            Unassigned = unassigned.CaseId;
            var closed = await CaseDriver.OpenAsync(App, affectsThirdParties: true);
            await closed.TakeAsync(d.MediatorA, "closeNotMediable", ("note", "A third party's land is affected."));
            Closed = closed.CaseId;

            App.Time.SetUtcNow(TestApp.Start + TimeSpan.FromDays(31));
            Assert.Equal(1, await App.PumpAsync());
        }

        private async Task<long> InMediationAsync(Guid mediator)
        {
            var d = App.Data;
            var driver = await CaseDriver.OpenAsync(App, by: mediator);
            await driver.TakeAsync(mediator, "acceptForMediation");
            await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", mediator.ToString()));
            await driver.TakeAsync(mediator, "declareNoConflict", ("declaration", "true"));
            foreach (var party in (await driver.ViewAsync(mediator)).Parties)
            {
                await driver.TakeAsync(mediator, "recordConsent", ("party", party.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            await driver.TakeAsync(mediator, "signAgreementOnMediation", ("signedByAll", "true"));
            return driver.CaseId;
        }

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }
}
