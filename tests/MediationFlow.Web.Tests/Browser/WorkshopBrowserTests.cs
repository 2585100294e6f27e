using System.Globalization;
using MediationFlow.Web.Presentation;
using MediationFlow.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// A workshop in a real headless Chromium: the trainer sets it up and runs the clock, a trainee at their own
/// browser reads the brief and works the team's sandbox case, and the trainer watches the team's state move.
/// </summary>
public sealed class WorkshopBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string TeamName = "Команда 1";

    [Fact]
    public async Task Trainer_runs_a_workshop_a_trainee_works_the_sandbox_case_the_clock_passes_its_deadline()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(Trainer_runs_a_workshop_a_trainee_works_the_sandbox_case_the_clock_passes_its_deadline));
        await using var trainer = await host.PersonAsync(DemoUsers.Trainer, screenshots);
        await using var trainee = await host.PersonAsync(DemoUsers.TraineeOne, screenshots);

        // The trainer creates the workshop from a scenario, adds a team and starts it.
        await trainer.SignInAsync();
        await trainer.OpenAsync("/Workshops", "workshops");
        var create = trainer.Page.GetByTestId("new-workshop");
        await create.Locator("#scenario").SelectOptionAsync(WorkshopApi.Scenario);
        await create.Locator("#title").FillAsync("Тренинг в браузере");
        await trainer.SubmitAsync(create.Locator("button[type=submit]"), "workshop-created");
        await Expect(trainer.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/Workshops/\d+$"));
        var workshopId = trainer.IdInUrl();

        var addTeam = trainer.Page.Locator("form[data-action=add-team]");
        await addTeam.Locator("#team-name").FillAsync(TeamName);
        await addTeam.Locator("#trainees").FillAsync(DemoUsers.TraineeOne);
        await trainer.SubmitAsync(addTeam.Locator("button[type=submit]"), "team-added");
        await Expect(trainer.Page.Locator($"tr[data-team='{TeamName}']")).ToBeVisibleAsync();

        await trainer.SubmitAsync(trainer.Page.Locator("button[data-action=start]"), "started");
        var teamCase = trainer.Page.Locator($"tr[data-team='{TeamName}'] [data-testid=team-case]");
        await Expect(teamCase).ToBeVisibleAsync();
        await Expect(trainer.Page.Locator($"tr[data-team='{TeamName}'] [data-testid=team-state]")).ToHaveAttributeAsync("data-state", "registered");

        // The trainer goes to the sandbox case.
        await trainer.SubmitAsync(teamCase, "trainer-sandbox-case");
        var caseId = trainer.IdInUrl();

        // The trainee opens the workshop, reads the brief in their language and opens the team's case.
        await trainee.SignInAsync();
        await trainee.OpenAsync("/Workshops", "trainee-workshops");
        await trainee.SubmitAsync(trainee.Page.Locator($"tr[data-workshop-id='{workshopId}'] a"), "trainee-workshop");
        var language = await trainee.Page.Locator("html").GetAttributeAsync("lang");
        var brief = host.Scenario(WorkshopApi.Scenario).Brief.For(language!);
        await Expect(trainee.Page.GetByTestId("scenario-brief")).ToContainTextAsync(brief);
        await Expect(trainee.Page.Locator("tr[data-team]")).ToHaveCountAsync(1);
        await trainee.SubmitAsync(trainee.Page.GetByTestId("team-case"), "trainee-sandbox-case");
        Assert.Equal(caseId, trainee.IdInUrl());
        await Expect(trainee.Page.GetByTestId("scenario-brief")).ToContainTextAsync(brief);

        // Casework: the trainee as mediator, the trainer as chair, into mediation on version 3, each legal act dated
        // today on the workshop clock (day 0: today in Kazakhstan).
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Display.KazakhstanOffset).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await trainee.ActAsync("acceptForMediation");
        await trainer.OpenAsync($"/Cases/{caseId}", "trainer-to-assign");
        var traineeId = (await host.UserIdAsync(DemoUsers.TraineeOne)).ToString();
        await trainer.ActAsync("assignMediator", form => Person.PickAsync(form, "mediator", traineeId));
        await trainee.OpenAsync($"/Cases/{caseId}", "trainee-assigned");
        await trainee.ActAsync("declareNoConflict", form => Person.CheckAsync(form, "declaration"));
        foreach (var row in await trainee.Page.Locator("tr[data-party-id]").AllAsync())
        {
            var party = (await row.GetAttributeAsync("data-party-id"))!;
            await trainee.ActAsync("recordConsent", async form =>
            {
                await Person.PickAsync(form, "party", party);
                await Person.FillAsync(form, "consentedOn", today);
            });
        }

        await trainee.ActAsync("signAgreementOnMediation", async form =>
        {
            await Person.FillAsync(form, "signedOn", today);
            await Person.CheckAsync(form, "signedByAll");
            await Person.FillAsync(form, "withoutCopyReason", "Подписанный экземпляр у тренера.");
        });
        await Expect(trainee.Page.GetByTestId("case-state")).ToHaveAttributeAsync("data-state", "inMediation");

        // The trainer moves the clock 31 days: the 30-day deadline passes, the team's row shows it overdue and the case
        // stays in mediation (from version 3 a passed deadline is no state of its own).
        await trainer.OpenAsync($"/Workshops/{workshopId}", "trainer-workshop");
        await Expect(trainer.Page.Locator($"tr[data-team='{TeamName}'] [data-testid=team-state]")).ToHaveAttributeAsync("data-state", "inMediation");
        var advance = trainer.Page.Locator("form[data-action=advance]");
        await advance.Locator("#step-days").FillAsync("31");
        await advance.Locator("#step-hours").FillAsync("0");
        await trainer.SubmitAsync(advance.Locator("button[type=submit]"), "clock-advanced");
        var state = trainer.Page.Locator($"tr[data-team='{TeamName}'] [data-testid=team-state]");
        await Expect(state).ToHaveAttributeAsync("data-state", "inMediation");
        await Expect(trainer.Page.Locator($"tr[data-team='{TeamName}']")).ToHaveClassAsync("overdue");
        await Expect(trainer.Page.GetByTestId("workshop-day")).ToContainTextAsync("31");

        await trainee.OpenAsync($"/Cases/{caseId}", "trainee-overdue");
        await Expect(trainee.Page.GetByTestId("case-state")).ToHaveAttributeAsync("data-state", "inMediation");
        await trainer.OpenAsync($"/Workshops/{workshopId}/Debrief", "debrief");
    }
}
