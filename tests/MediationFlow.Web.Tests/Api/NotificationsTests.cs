using System.Globalization;
using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>Dismissing notifications: POST /api/v1/notifications/{id}/read, /notifications/read, and the inbox page's buttons.</summary>
public sealed class NotificationsTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Chair_dismisses_one_notification_and_the_inbox_no_longer_lists_it()
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var before = await NotificationIdsAsync(chair);
        Assert.True(before.Count >= 2, "The demo chair has notifications to dismiss.");

        using var response = await chair.PostJsonAsync(Url(before[0]), new { });

        Assert.Equal(1, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("count").GetInt32());
        Assert.Equal(before.Skip(1), (await NotificationIdsAsync(chair)).Take(before.Count - 1));
    }

    [Fact]
    public async Task Someone_elses_notification_is_not_found_in_their_language_and_stays_unread()
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var chairs = (await NotificationIdsAsync(chair))[^1];

        using var response = await mediator.PostJsonAsync(Url(chairs), new { }, "ru");

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("не найдено", problem.Detail, StringComparison.Ordinal);
        Assert.Contains(chairs, await NotificationIdsAsync(chair));
    }

    [Fact]
    public async Task Dismissing_all_empties_the_list_and_needs_a_signed_in_caller()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var listed = await NotificationIdsAsync(mediator);
        Assert.NotEmpty(listed);
        using var anonymous = factory.Anonymous();
        using var refused = await anonymous.PostJsonAsync("/api/v1/notifications/read", new { });
        await refused.ProblemAsync(HttpStatusCode.Unauthorized);

        using var response = await mediator.PostJsonAsync("/api/v1/notifications/read", new { });

        Assert.True((await response.JsonAsync(HttpStatusCode.OK)).GetProperty("count").GetInt32() >= listed.Count);
        Assert.Empty(await NotificationIdsAsync(mediator));
    }

    [Fact]
    public async Task Inbox_page_button_dismisses_the_notification_it_stands_beside()
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Chair);
        using var api = await factory.ApiClientAsync(DemoUsers.Chair);
        var first = (await NotificationIdsAsync(api))[0];
        using var page = await browser.GetPathAsync("/");
        var html = await page.Content.ReadAsStringAsync(TestRequests.Ct);
        var form = HtmlForm.Find(html, "/?handler=Read");
        Assert.Equal(first.ToString(CultureInfo.InvariantCulture), form.Fields["id"]);

        using var response = await form.SubmitAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(first, await NotificationIdsAsync(api));
    }

    private static string Url(long id) => $"/api/v1/notifications/{id.ToString(CultureInfo.InvariantCulture)}/read";

    private static async Task<List<long>> NotificationIdsAsync(HttpClient client)
    {
        using var response = await client.GetPathAsync("/api/v1/inbox");
        var inbox = await response.JsonAsync(HttpStatusCode.OK);
        return [.. inbox.GetProperty("notifications").EnumerateArray().Select(n => n.GetProperty("id").GetInt64())];
    }
}
