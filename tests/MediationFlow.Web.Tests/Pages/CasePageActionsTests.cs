using System.Globalization;
using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// How the case page lays out what the reader may do: the step that concludes the case first and as the main
/// action, exceptional exits after the regular steps, the chair's return comment above the forms; and what
/// cannot be undone (closing, approving) is asked once more by the server, without JavaScript.
/// </summary>
public sealed class CasePageActionsTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task When_every_obligation_is_recorded_closing_as_fulfilled_is_the_main_action_and_comes_first()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToMonitoringAsync();
        await walk.FulfilEveryObligationAsync();
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = await PageAsync(mediator, walk.CaseId);

        Assert.Equal("closeFulfilled", HtmlForm.Attributes(html, "data-action")[0]);
        var form = FormTag(html, "closeFulfilled");
        Assert.Contains("data-rank=\"conclusion\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("closes", ClassOf(form), StringComparison.Ordinal);
        Assert.Equal("primary", ButtonClass(html, "closeFulfilled"));
    }

    [Fact]
    public async Task Recusal_and_withdrawal_come_after_the_regular_steps()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        await walk.HoldSessionAsync();
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = await PageAsync(mediator, walk.CaseId);
        var order = HtmlForm.Attributes(html, "data-action").ToList();
        var ranks = HtmlForm.Attributes(html, "data-rank").ToList();

        Assert.Contains("reachSettlement", order);
        Assert.Equal(order.Count, ranks.Count);
        var firstExceptional = ranks.IndexOf("exceptional");
        Assert.True(firstExceptional > 0, "No exceptional action on a case in mediation: " + string.Join(", ", order));
        Assert.All(ranks.Skip(firstExceptional), r => Assert.Equal("exceptional", r));
        Assert.True(order.IndexOf("recuse") >= firstExceptional, string.Join(", ", order));
        Assert.True(order.IndexOf("withdraw") >= firstExceptional, string.Join(", ", order));
        Assert.True(order.IndexOf("declareImpasse") >= firstExceptional, string.Join(", ", order));
        Assert.True(order.IndexOf("reachSettlement") < firstExceptional, string.Join(", ", order));
        Assert.Equal("closing", ButtonClass(html, "withdraw"));
    }

    [Fact]
    public async Task Chairs_return_comment_is_shown_above_the_forms()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingApprovalAsync();
        var comment = $"Уточните срок переноса забора ({Guid.NewGuid():N}).";
        await walk.ReturnForRedraftAsync(comment);
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = System.Net.WebUtility.HtmlDecode(await PageAsync(mediator, walk.CaseId));

        var shown = html.IndexOf("data-testid=\"return-comment\"", StringComparison.Ordinal);
        Assert.True(shown > 0, "The return comment is not on the page.");
        Assert.True(html.IndexOf(comment, StringComparison.Ordinal) > shown);
        Assert.True(html.IndexOf("class=\"action card", StringComparison.Ordinal) > html.IndexOf(comment, StringComparison.Ordinal),
            "The return comment comes after the action forms.");
    }

    [Fact]
    public async Task Closing_a_case_is_asked_once_more_and_changes_nothing_until_confirmed()
    {
        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var walk = await CaseWalk.OpenAsync(factory, CaseApi.NewCase(burabay, affectsThirdParties: true));
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
        var note = "Спор затрагивает права соседей, не участвующих в медиации.";

        using var asked = await HtmlForm.FindBy(await PageAsync(mediator, walk.CaseId), "data-action", "closeNotMediable")
            .SubmitAsync(mediator, new Dictionary<string, string> { ["input.note"] = note });
        var confirmation = await asked.Content.ReadAsStringAsync(TestRequests.Ct);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("data-testid=\"confirm\"", confirmation, StringComparison.Ordinal);
        Assert.Equal("registered", await StateAsync(walk.CaseId));

        using var confirmed = await HtmlForm.FindBy(confirmation, "data-confirm", "closeNotMediable").SubmitAsync(mediator);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("notMediable", await StateAsync(walk.CaseId));
        var recorded = await factory.QueryAsync(db => db.CaseEvents.Where(e => e.CaseId == walk.CaseId && e.Trigger == "closeNotMediable").Select(e => e.InputJson).SingleAsync());
        Assert.Contains("соседей", System.Text.RegularExpressions.Regex.Unescape(recorded), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_from_the_queue_is_asked_once_more_and_changes_nothing_until_confirmed()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingApprovalAsync();
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);
        var queue = await (await chair.GetPathAsync("/Approvals")).Content.ReadAsStringAsync(TestRequests.Ct);

        using var asked = await HtmlForm.FindBy(queue, "id", "approve-" + walk.CaseId.ToString(CultureInfo.InvariantCulture)).SubmitAsync(chair);
        var confirmation = await asked.Content.ReadAsStringAsync(TestRequests.Ct);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal("awaitingApproval", await StateAsync(walk.CaseId));

        using var confirmed = await HtmlForm.FindBy(confirmation, "data-confirm", "approve").SubmitAsync(chair);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("monitoring", await StateAsync(walk.CaseId));
    }

    [Fact]
    public async Task Approving_on_the_case_page_is_asked_once_more()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingApprovalAsync();
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        using var asked = await HtmlForm.FindBy(await PageAsync(chair, walk.CaseId), "data-action", "approve").SubmitAsync(chair);
        var confirmation = await asked.Content.ReadAsStringAsync(TestRequests.Ct);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal("awaitingApproval", await StateAsync(walk.CaseId));
        using var confirmed = await HtmlForm.FindBy(confirmation, "data-confirm", "approve").SubmitAsync(chair);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("monitoring", await StateAsync(walk.CaseId));
    }

    [Fact]
    public async Task Deleting_a_workshop_is_asked_once_more_and_changes_nothing_until_confirmed()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Trainer);
        var workshop = await api.CreateAsync(await factory.CouncilIdAsync(DemoUsers.BurabayCode), "Тренинг на удаление");
        using var trainer = await factory.PageClientAsync(DemoUsers.Trainer);
        var path = $"/Workshops/{workshop.ToString(CultureInfo.InvariantCulture)}";
        var page = await (await trainer.GetPathAsync(path)).Content.ReadAsStringAsync(TestRequests.Ct);

        using var asked = await HtmlForm.Find(page, path + "?handler=Delete").SubmitAsync(trainer);
        var confirmation = await asked.Content.ReadAsStringAsync(TestRequests.Ct);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Workshops.AnyAsync(w => w.Id == workshop)));

        using var confirmed = await HtmlForm.FindBy(confirmation, "data-confirm", "delete").SubmitAsync(trainer);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Workshops.AnyAsync(w => w.Id == workshop)));
    }

    private static async Task<string> PageAsync(HttpClient client, long caseId)
    {
        using var response = await client.GetPathAsync($"/Cases/{caseId.ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestRequests.Ct);
    }

    private Task<string> StateAsync(long caseId) => factory.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.State).SingleAsync());

    private static string FormTag(string html, string trigger)
    {
        var at = html.IndexOf($"data-action=\"{trigger}\"", StringComparison.Ordinal);
        Assert.True(at > 0, $"No form for {trigger}.");
        var start = html.LastIndexOf("<form", at, StringComparison.Ordinal);
        return html[start..(html.IndexOf('>', at) + 1)];
    }

    private static string ClassOf(string tag) =>
        System.Text.RegularExpressions.Regex.Match(tag, "\\sclass=\"(?<c>[^\"]*)\"").Groups["c"].Value;

    /// <summary>The class of the submit button in an action's form.</summary>
    private static string ButtonClass(string html, string trigger)
    {
        var at = html.IndexOf($"data-action=\"{trigger}\"", StringComparison.Ordinal);
        var body = html[at..html.IndexOf("</form>", at, StringComparison.Ordinal)];
        var button = System.Text.RegularExpressions.Regex.Match(body, "<button type=\"submit\" class=\"(?<c>[^\"]*)\"");
        Assert.True(button.Success, $"No submit button in {trigger}'s form.");
        return button.Groups["c"].Value;
    }
}
