using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Api;

/// <summary>The inbox lists the newest unread notifications and says how many there are in all, so none is silently out of sight.</summary>
public sealed partial class UnreadNotificationCountTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const int Unread = GetInbox.NotificationLimit + 5;

    [Fact]
    public async Task More_unread_notifications_than_listed_are_counted_in_the_api_and_on_the_page()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);
        using (var dismissed = await api.PostJsonAsync("/api/v1/notifications/read", new { }))
        {
            await dismissed.JsonAsync(HttpStatusCode.OK);
        }

        using (var empty = await api.GetPathAsync("/api/v1/inbox"))
        {
            Assert.Equal(0, (await empty.JsonAsync(HttpStatusCode.OK)).GetProperty("unreadNotifications").GetInt32());
        }

        var mediator = await factory.UserIdAsync(DemoUsers.Mediator);
        await factory.QueryAsync(async db =>
        {
            var @case = await db.Cases.Where(c => c.AssignedMediatorId == mediator && c.WorkshopId == null).Select(c => c.Id).FirstAsync();
            var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
            db.Notifications.AddRange(Enumerable.Range(0, Unread).Select(i =>
                new Notification { UserId = mediator, CaseId = @case, Template = "caseAssigned", CreatedAt = start.AddMinutes(i) }));
            return await db.SaveChangesAsync();
        });

        using var response = await api.GetPathAsync("/api/v1/inbox");
        var inbox = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(Unread, inbox.GetProperty("unreadNotifications").GetInt32());
        Assert.Equal(GetInbox.NotificationLimit, inbox.GetProperty("notifications").GetArrayLength());

        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);
        using var page = await browser.GetPathAsync("/");
        var html = await page.Content.ReadAsStringAsync(TestRequests.Ct);
        var more = MorePattern().Match(html);
        Assert.True(more.Success, "The page says that more notifications are unread than it lists.");
        Assert.Matches($@"\b{GetInbox.NotificationLimit}\b.*\b{Unread}\b", more.Groups[1].Value);
        Assert.Contains($">{Unread}</span>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<p class=\"muted\" data-notifications-more>([^<]*)</p>")]
    private static partial Regex MorePattern();
}
