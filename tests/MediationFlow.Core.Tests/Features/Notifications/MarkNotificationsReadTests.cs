using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Notifications;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Notifications;

/// <summary>Dismissing notifications from the inbox: one's own only, and once.</summary>
public sealed class MarkNotificationsReadTests
{
    [Fact]
    public async Task Marking_one_read_takes_it_off_my_inbox_and_leaves_the_others()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        await CaseDriver.OpenAsync(app);
        await CaseDriver.OpenAsync(app);
        var before = await app.SendAsync<GetInbox.Inbox>(d.ChairA, new GetInbox.Query());
        Assert.Equal(2, before.Notifications.Count);
        var dismissed = before.Notifications[0].Id;

        var marked = await app.SendAsync<MarkNotificationsRead.Marked>(d.ChairA, new MarkNotificationsRead.Command(dismissed));

        Assert.Equal(1, marked.Count);
        var after = await app.SendAsync<GetInbox.Inbox>(d.ChairA, new GetInbox.Query());
        Assert.Equal([before.Notifications[1].Id], after.Notifications.Select(n => n.Id));
        Assert.Equal(app.Time.GetUtcNow(), await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == dismissed).Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Marking_a_read_one_again_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        await CaseDriver.OpenAsync(app);
        var id = (await app.SendAsync<GetInbox.Inbox>(d.ChairA, new GetInbox.Query())).Notifications.Single().Id;
        await app.SendAsync<MarkNotificationsRead.Marked>(d.ChairA, new MarkNotificationsRead.Command(id));
        var readAt = await ReadAtAsync(app, id);
        app.Time.Advance(TimeSpan.FromHours(1));

        var again = await app.SendAsync<MarkNotificationsRead.Marked>(d.ChairA, new MarkNotificationsRead.Command(id));

        Assert.Equal(0, again.Count);
        Assert.Equal(readAt, await ReadAtAsync(app, id));
    }

    [Fact]
    public async Task Another_persons_notification_is_not_found_and_stays_unread()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        await CaseDriver.OpenAsync(app);
        var chairs = (await app.SendAsync<GetInbox.Inbox>(d.ChairA, new GetInbox.Query())).Notifications.Single().Id;

        foreach (var other in new[] { d.MediatorA, d.ChairB, d.TrainerA })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<MarkNotificationsRead.Marked>(other, new MarkNotificationsRead.Command(chairs)));
        }

        Assert.Null(await ReadAtAsync(app, chairs));
    }

    [Fact]
    public async Task Marking_all_read_empties_my_inbox_list_and_leaves_other_peoples_notifications_unread()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        await CaseDriver.OpenAsync(app);
        await CaseDriver.OpenAsync(app);
        await app.SendAsync<OpenCase.Opened>(d.MediatorB, new OpenCase.Command(d.CouncilB, DisputeCategory.Consumer, "A refund refused.", false, false, false,
            [new PartyDetails(PartyRole.Applicant, "Aliya"), new PartyDetails(PartyRole.Respondent, "Shop")]));
        var mediatorUnread = await UnreadAsync(app, d.MediatorA);
        var chairBUnread = await UnreadAsync(app, d.ChairB);
        Assert.NotEqual(0, chairBUnread);

        var marked = await app.SendAsync<MarkNotificationsRead.Marked>(d.ChairA, new MarkNotificationsRead.Command(null));

        Assert.Equal(2, marked.Count);
        Assert.Empty((await app.SendAsync<GetInbox.Inbox>(d.ChairA, new GetInbox.Query())).Notifications);
        Assert.Equal(0, await UnreadAsync(app, d.ChairA));
        Assert.Equal(mediatorUnread, await UnreadAsync(app, d.MediatorA));
        Assert.Equal(chairBUnread, await UnreadAsync(app, d.ChairB));
    }

    private static Task<DateTimeOffset?> ReadAtAsync(TestApp app, long id) =>
        app.WithDbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync());

    private static Task<int> UnreadAsync(TestApp app, Guid user) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == user && n.ReadAt == null));
}
