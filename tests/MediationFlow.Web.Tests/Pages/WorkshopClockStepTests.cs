using System.Globalization;
using System.Net;
using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The trainer's clock step, typed in days and hours on the workshop page or sent to the API in the same shape,
/// follows one rule: what falls due on that workshop's clock happens at once, and real cases wait for the
/// timer pump's own round.
/// </summary>
public sealed class WorkshopClockStepTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Theory]
    [InlineData("page")]
    [InlineData("api")]
    public async Task A_clock_step_fires_the_sandbox_deadline_and_leaves_a_real_cases_due_deadline_pending(string via)
    {
        var realCase = await factory.InMediationWithoutSessionsAsync();
        var realTimer = await MakeDueAsync(realCase);
        var workshop = await WorkshopApi.StartedAsync(factory, DemoUsers.TraineeOne);
        var sandboxCase = await WorkshopApi.TeamOneIntoMediationAsync(factory, workshop);

        if (via == "page")
        {
            using var browser = await factory.PageClientAsync(DemoUsers.Trainer);
            using var response = await AdvanceOnPageAsync(browser, workshop, days: "31", hours: "0");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        else
        {
            using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
            Assert.Equal(31, (await trainer.ClockAsync(workshop, new { step = new { days = 31, hours = 0 } })).GetProperty("day").GetInt32());
        }

        // The sandbox case runs on version 3, whose deadline passing is an event in the state, not a state of its own.
        Assert.Equal(TimerStatus.Fired, await factory.QueryAsync(db => db.DueTimers
            .Where(t => t.CaseId == sandboxCase && t.TimerId == "mediationDeadline").Select(t => t.Status).SingleAsync()));
        Assert.Equal("inMediation", await StateAsync(sandboxCase));
        Assert.Equal("inMediation", await StateAsync(realCase));
        Assert.Equal(TimerStatus.Pending, await factory.QueryAsync(db => db.DueTimers.Where(t => t.Id == realTimer).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_step_of_days_and_hours_typed_on_the_page_moves_the_clock_by_both()
    {
        var workshop = await WorkshopApi.StartedAsync(factory, DemoUsers.TraineeOne);
        using var browser = await factory.PageClientAsync(DemoUsers.Trainer);

        using var response = await AdvanceOnPageAsync(browser, workshop, days: "2", hours: "5");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        var status = await trainer.StatusAsync(workshop);
        Assert.Equal((2, 5), (status.GetProperty("day").GetInt32(), status.GetProperty("hour").GetInt32()));
    }

    [Theory]
    [InlineData("99999999", "0", "step.days", "kk", "Сағатты бір сағаттан бір жылға дейін алға жылжытыңыз.")]
    [InlineData("0", "0", "step", "ru", "Переводите часы вперёд на срок от часа до года.")]
    [InlineData("P1D", "0", "step.days", "en", "Type a whole number, 0 or more.")]
    [InlineData("1", "99999999999", "step.hours", "ru", "Введите целое число, 0 или больше.")]
    public async Task A_bad_step_on_the_page_is_a_400_naming_its_field_in_the_readers_language_and_the_clock_stays(
        string days, string hours, string field, string language, string message)
    {
        var workshop = await WorkshopApi.StartedAsync(factory, DemoUsers.TraineeOne);
        using var browser = await factory.PageClientAsync(DemoUsers.Trainer);
        await SwitchLanguageAsync(browser, language);

        using var response = await AdvanceOnPageAsync(browser, workshop, days, hours);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Contains($"data-field=\"{field}\">{WebUtility.HtmlEncode(message)}</p>", html, StringComparison.Ordinal);
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        Assert.Equal(0, (await trainer.StatusAsync(workshop)).GetProperty("day").GetInt32());
    }

    private static async Task<HttpResponseMessage> AdvanceOnPageAsync(HttpClient browser, long workshop, string days, string hours)
    {
        var url = $"/Workshops/{workshop.ToString(CultureInfo.InvariantCulture)}";
        using var page = await browser.GetPathAsync(url);
        var form = HtmlForm.Find(await page.Content.ReadAsStringAsync(TestRequests.Ct), url + "?handler=Advance");
        return await form.SubmitAsync(browser, new Dictionary<string, string> { ["step.days"] = days, ["step.hours"] = hours });
    }

    private static async Task SwitchLanguageAsync(HttpClient browser, string language)
    {
        using var home = await browser.GetPathAsync("/");
        var form = HtmlForm.Find(await home.Content.ReadAsStringAsync(TestRequests.Ct), "/Account/Language");
        using var switched = await form.SubmitAsync(browser, new Dictionary<string, string> { ["language"] = language });
    }

    /// <summary>The real case's deadline timer, moved into the past: due now, waiting for the pump.</summary>
    private Task<long> MakeDueAsync(long caseId) => factory.QueryAsync(async db =>
    {
        var timer = await db.DueTimers.SingleAsync(t => t.CaseId == caseId && t.Status == TimerStatus.Pending);
        timer.DueAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await db.SaveChangesAsync(TestRequests.Ct);
        return timer.Id;
    });

    private Task<string> StateAsync(long caseId) => factory.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.State).SingleAsync());
}
