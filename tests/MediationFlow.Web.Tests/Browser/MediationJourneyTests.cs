using System.Globalization;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// A case from intake to "fulfilled" in a real headless Chromium, in the Russian and in the Kazakh UI: the
/// mediator and the chair each at their own browser, every step through the pages' own forms.
/// </summary>
public sealed class MediationJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>Kazakhstan time, in which datetime-local fields are read.</summary>
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task Mediator_and_chair_take_a_case_from_intake_to_fulfilled(string language)
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots($"{nameof(Mediator_and_chair_take_a_case_from_intake_to_fulfilled)}-{language}");
        await using var mediator = await host.PersonAsync(DemoUsers.Mediator, screenshots);
        await using var chair = await host.PersonAsync(DemoUsers.Chair, screenshots);
        var applicant = $"Арман Браузеров {language}";

        await mediator.SignInAsync();
        await mediator.SwitchLanguageAsync(language);
        await Expect(mediator.Page.Locator("html")).ToHaveAttributeAsync("lang", language);

        // Intake: the mediator registers the case through the intake form.
        await mediator.OpenAsync("/Cases/New", "intake-form");
        var intake = mediator.Page.Locator("#new-case");
        await intake.Locator("#councilId").SelectOptionAsync((await host.CouncilIdAsync(DemoUsers.BurabayCode)).ToString(CultureInfo.InvariantCulture));
        await intake.Locator("#category").SelectOptionAsync("NeighboursAndHousing");
        await intake.Locator("#description").FillAsync("Соседи спорят о шуме ремонта по ночам.");
        await intake.Locator("[name='parties[0].fullName']").FillAsync(applicant);
        await intake.Locator("[name='parties[1].fullName']").FillAsync("Болат Браузеров");
        await mediator.SubmitAsync(intake.Locator("button[type=submit]"), "registered");
        Assert.Contains("done=open", mediator.Page.Url, StringComparison.Ordinal);
        var caseId = mediator.IdInUrl();
        var number = (await mediator.Page.GetByTestId("case-number").InnerTextAsync()).Trim();
        await mediator.ExpectStateAsync("registered", host.StateName("registered", language));

        // The process diagram draws under the page's security policy (its script is this server's, its styles inline).
        await mediator.Page.Locator("#workflow-diagram summary").ClickAsync();
        await Expect(mediator.Page.Locator("#workflow-diagram svg")).ToBeVisibleAsync();
        await mediator.ShotAsync("diagram");

        await mediator.ActAsync("acceptForMediation");

        // The chair, at another browser, assigns the mediator.
        await chair.SignInAsync();
        await chair.SwitchLanguageAsync(language);
        await chair.OpenAsync($"/Cases/{caseId}", "case-to-assign");
        var mediatorId = (await host.UserIdAsync(DemoUsers.Mediator)).ToString();
        await chair.ActAsync("assignMediator", form => Person.PickAsync(form, "mediator", mediatorId));

        // The mediator declares no conflict, records both consents and the agreement on mediation.
        await mediator.OpenAsync($"/Cases/{caseId}", "assigned");
        await mediator.ActAsync("declareNoConflict", form => Person.CheckAsync(form, "declaration"));
        var parties = await PartyIdsAsync(mediator.Page);
        Assert.Equal(2, parties.Count);
        foreach (var party in parties)
        {
            await mediator.ActAsync("recordConsent", form => Person.PickAsync(form, "party", party));
        }

        await Expect(mediator.Page.Locator("[data-testid=party-consent][data-consented=true]")).ToHaveCountAsync(2);
        await mediator.ActAsync("signAgreementOnMediation", form => Person.CheckAsync(form, "signedByAll"));
        await mediator.ExpectStateAsync("inMediation", host.StateName("inMediation", language));

        // Hearing: two sessions scheduled and held, then a settlement.
        for (var session = 1; session <= 2; session++)
        {
            var plannedAt = DateTimeOffset.UtcNow.AddDays(session).ToOffset(Kazakhstan).ToString("yyyy-MM-dd'T'10:00", CultureInfo.InvariantCulture);
            await mediator.ActAsync("scheduleSession", async form =>
            {
                await Person.FillAsync(form, "plannedAt", plannedAt);
                await Person.FillAsync(form, "place", $"Акимат, зал {session}");
            });
            await mediator.ActAsync("recordSession", async form =>
            {
                await Person.PickFirstAsync(form, "session");
                await Person.PickAsync(form, "attendance", "held");
                await Person.FillAsync(form, "outcomeNote", $"Сессия {session}: стороны договорились о тишине после 22:00.");
            });
        }

        await Expect(mediator.Page.Locator("li[data-session-id][data-recorded=true]")).ToHaveCountAsync(2);
        await mediator.ActAsync("reachSettlement");

        // Agreement: an obligation, signatures (v2 first sends the draft for signature).
        var dueOn = DateTimeOffset.UtcNow.ToOffset(Kazakhstan).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await mediator.ActAsync("addObligation", async form =>
        {
            await Person.PickAsync(form, "party", parties[1]);
            await Person.FillAsync(form, "description", "Не шуметь ремонтом после 22:00.");
            await Person.FillAsync(form, "dueOn", dueOn);
        });
        await Expect(mediator.Page.Locator("tr[data-obligation-id]")).ToHaveCountAsync(1);
        if (await mediator.Page.Locator("form[data-action=submitForSignature]").CountAsync() > 0)
        {
            await mediator.ActAsync("submitForSignature");
        }

        await mediator.ActAsync("signSettlement", form => Person.CheckAsync(form, "signedByAll"));
        await mediator.ExpectStateAsync("awaitingApproval", host.StateName("awaitingApproval", language));

        // The chair approves it from the approvals queue.
        await chair.OpenAsync("/Approvals", "approvals");
        var approval = chair.Page.Locator($"article[data-case-number='{number}']");
        await Expect(approval).ToBeVisibleAsync();
        await chair.SubmitAsync(approval.Locator("form[data-action=approve] button[type=submit]"), "approve");
        await chair.ConfirmAsync("approve");
        await Expect(chair.Page.Locator($"article[data-case-number='{number}']")).ToHaveCountAsync(0);

        // Follow-up: the obligation is fulfilled, a follow-up check recorded, the case closed as fulfilled.
        await mediator.OpenAsync($"/Cases/{caseId}", "monitoring");
        await mediator.ExpectStateAsync("monitoring", host.StateName("monitoring", language));
        await mediator.ActAsync("recordObligationStatus", async form =>
        {
            await Person.PickFirstAsync(form, "obligation");
            await Person.PickAsync(form, "status", "fulfilled");
        });
        await mediator.ActAsync("recordFollowUpCheck", form => Person.FillAsync(form, "note", "Проверка через 30 дней: шума нет."));
        // Every obligation is recorded: closing as fulfilled is the main action, first, and asked once more.
        await Expect(mediator.Page.Locator("#actions form.action").First).ToHaveAttributeAsync("data-action", "closeFulfilled");
        await Expect(mediator.Page.Locator("form[data-action=closeFulfilled] button[type=submit]")).ToHaveClassAsync("primary");
        await mediator.ActAsync("closeFulfilled", confirm: true);

        await mediator.ExpectStateAsync("fulfilled", host.StateName("fulfilled", language));
        await Expect(mediator.Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        Assert.Equal("fulfilled", await host.QueryAsync(db => Task.FromResult(db.Cases.Single(c => c.Id == caseId).State)));

        // The chair's figures count the case among this year's fulfilled ones, named in the chair's language.
        var figures = await chair.Page.Locator("nav.main a[href$='/Figures']").GetAttributeAsync("href");
        await chair.OpenAsync(figures!, "figures");
        await Expect(chair.Page.Locator("tr[data-state=fulfilled]")).ToContainTextAsync(host.StateName("fulfilled", language));
    }

    private static async Task<List<string>> PartyIdsAsync(IPage page)
    {
        var ids = new List<string>();
        foreach (var row in await page.Locator("tr[data-party-id]").AllAsync())
        {
            ids.Add((await row.GetAttributeAsync("data-party-id"))!);
        }

        return ids;
    }
}
