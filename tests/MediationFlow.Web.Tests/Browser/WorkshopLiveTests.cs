using MediationFlow.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// The running workshop's page keeps the teams' table and the clock current in place: what the trainer is
/// typing into a form stays, where the page's old 30-second reload wiped it.
/// </summary>
public sealed class WorkshopLiveTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Update_shows_the_teams_new_state_and_keeps_what_the_trainer_is_typing()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(Update_shows_the_teams_new_state_and_keeps_what_the_trainer_is_typing));
        var workshopId = await WorkshopApi.StartedAsync(host, DemoUsers.TraineeOne);
        await using var trainer = await host.PersonAsync(DemoUsers.Trainer, screenshots);
        await trainer.SignInAsync();
        await trainer.OpenAsync($"/Workshops/{workshopId}", "workshop");
        var page = trainer.Page;
        var state = page.Locator("tr[data-team='Team 1'] [data-testid=team-state]");
        await Expect(state).ToHaveAttributeAsync("data-state", "registered");
        await Expect(page.Locator("meta[http-equiv=refresh]")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("live-hint")).ToBeVisibleAsync();

        // Half-way through adding the next team; the page is marked so a reload would show.
        await page.Locator("#team-name").FillAsync("Команда 2, ещё печатаю");
        await page.Locator("#trainees").FillAsync(DemoUsers.TraineeTwo);
        await page.EvaluateAsync("() => { document.documentElement.dataset.untouched = 'yes'; }");

        // Meanwhile the team's trainee accepts the case, at their own client.
        using var trainee = await host.ApiClientAsync(DemoUsers.TraineeOne);
        using var status = await host.ApiClientAsync(DemoUsers.Trainer);
        var caseId = WorkshopApi.CaseId(WorkshopApi.Team(await status.StatusAsync(workshopId), "Team 1"));
        var version = (await trainee.CaseAsync(caseId)).GetProperty("version").GetInt32();
        using (var accepted = await trainee.ActAsync(caseId, "acceptForMediation", version))
        {
            await accepted.JsonAsync(System.Net.HttpStatusCode.OK);
        }

        // The update the page makes every 30 seconds, asked for now instead of waited for.
        await page.Locator("[data-action=refresh]").ClickAsync();
        await Expect(page.Locator("[data-live-updates='1']")).ToHaveCountAsync(1);
        await trainer.ShotAsync("updated");

        await Expect(state).ToHaveAttributeAsync("data-state", "awaitingAssignment");
        await Expect(state).ToHaveTextAsync(host.StateName("awaitingAssignment", (await page.Locator("html").GetAttributeAsync("lang"))!));
        await Expect(page.Locator("html[data-untouched=yes]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#team-name")).ToHaveValueAsync("Команда 2, ещё печатаю");
        await Expect(page.Locator("#trainees")).ToHaveValueAsync(DemoUsers.TraineeTwo);
    }
}
