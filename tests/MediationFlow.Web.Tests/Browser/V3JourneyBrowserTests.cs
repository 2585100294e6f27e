using System.Globalization;
using MediationFlow.Web.Presentation;
using MediationFlow.Web.Tests.Api;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// Version 3 in a real headless Chromium, through the pages' own forms: the demo's mediator (Russian) and chair
/// (Kazakh) take a case with an organisation as respondent from intake to follow-up, every legal act dated; and a
/// case whose council's only mediator recuses is closed by the chair with that reason.
/// </summary>
public sealed class V3JourneyBrowserTests(V3BrowserHost host) : IClassFixture<V3BrowserHost>
{
    private const string Applicant = "Айгерім Браузерова";
    private const string Organisation = "ТОО «Бурабай Сервис»";
    private const string Director = "Ержан Директоров";
    private const string PaperFile = "Подписанный экземпляр хранится в бумажном деле совета.";
    private const string CaucusNote = "Ответчик готов починить крышу, но просит рассрочку до весны.";

    [Fact]
    public async Task Mediator_and_chair_take_a_case_with_an_organisation_from_intake_to_follow_up_with_every_legal_act_dated()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(Mediator_and_chair_take_a_case_with_an_organisation_from_intake_to_follow_up_with_every_legal_act_dated));
        await using var mediator = await host.PersonAsync(DemoUsers.Mediator, screenshots);
        await using var chair = await host.PersonAsync(DemoUsers.Chair, screenshots);
        await mediator.SignInAsync();
        await mediator.SwitchLanguageAsync("ru");
        await chair.SignInAsync();
        await chair.SwitchLanguageAsync("kk");

        // 1. Intake: version 3's four screening questions, each with the article it comes from.
        await mediator.OpenAsync("/Cases/New", "intake-form");
        var intake = mediator.Page.Locator("#new-case");
        await Expect(intake.Locator("[data-screening]")).ToHaveCountAsync(4);
        await Expect(intake.Locator("[data-screening] [data-testid=basis]")).ToHaveCountAsync(4);
        await Expect(intake.Locator("[data-screening=affectsThirdParties] [data-testid=basis]")).ToContainTextAsync("п. 2 ст. 1 Закона «О медиации»");
        await Expect(intake.Locator("[data-screening=corruptionOrPublicServiceOffence] [data-testid=basis]")).ToContainTextAsync("п. 4 ст. 1 Закона «О медиации»");
        await intake.Locator("#councilId").SelectOptionAsync((await host.CouncilIdAsync(DemoUsers.BurabayCode)).ToString(CultureInfo.InvariantCulture));
        await intake.Locator("#category").SelectOptionAsync("NeighboursAndHousing");
        await intake.Locator("#description").FillAsync("Управляющая компания третий месяц не чинит протекающую крышу над квартирой заявителя.");
        await intake.Locator("[name='parties[0].fullName']").FillAsync(Applicant);
        await intake.Locator("[name='parties[0].iin']").FillAsync(Iins.Valid(4242));
        await intake.Locator("[name='parties[1].kind'][value=Organisation]").CheckAsync();
        await intake.Locator("[name='parties[1].fullName']").FillAsync(Organisation);
        await intake.Locator("[name='parties[1].bin']").FillAsync(Bins.Valid);
        await mediator.SubmitAsync(intake.Locator("button[type=submit]"), "registered");
        Assert.Contains("done=open", mediator.Page.Url, StringComparison.Ordinal);
        var caseId = mediator.IdInUrl();
        var number = (await mediator.Page.GetByTestId("case-number").InnerTextAsync()).Trim();
        await mediator.ExpectStateAsync("registered", host.StateName("registered", "ru", 3));
        var (applicant, organisation) = await PartiesAsync(mediator.Page);
        await Expect(mediator.Page.Locator($"tr[data-party-id='{organisation}']")).ToContainTextAsync($"{Organisation} (Организация)");
        await Expect(mediator.Page.Locator($"tr[data-party-id='{organisation}']")).ToContainTextAsync(Bins.Valid);

        // The organisation acts through its director, whose authority is recorded.
        await mediator.Page.Locator($"details:has(form[data-testid=representative-form-new][data-party-id='{organisation}']) > summary").ClickAsync();
        var representative = mediator.Page.Locator($"form[data-testid=representative-form-new][data-party-id='{organisation}']");
        await representative.Locator("[name='representative.authorityKind']").SelectOptionAsync("OrganisationHead");
        await representative.Locator("[name='representative.fullName']").FillAsync(Director);
        await representative.Locator("[name='representative.authorityDocument']").FillAsync("Приказ о назначении директора № 12");
        await mediator.SubmitAsync(representative.Locator("button[type=submit]"), "representative");
        Assert.Contains("done=addRepresentative", mediator.Page.Url, StringComparison.Ordinal);
        await Expect(mediator.Page.Locator($"tr[data-party-id='{organisation}'] [data-testid=representative]")).ToContainTextAsync(Director);
        var director = await mediator.Page.Locator($"tr[data-party-id='{organisation}'] [data-testid=representative]").GetAttributeAsync("data-representative-id");

        await mediator.ActAsync("acceptForMediation");
        await chair.OpenAsync($"/Cases/{caseId}", "case-to-assign");
        await chair.ExpectStateAsync("awaitingAssignment", host.StateName("awaitingAssignment", "kk", 3));
        var mediatorId = (await host.UserIdAsync(DemoUsers.Mediator)).ToString();
        await chair.ActAsync("assignMediator", form => Person.PickAsync(form, "mediator", mediatorId));

        // 2. No conflict, the proposal, each party's consent on its date, the agreement on mediation.
        var today = Today();
        await mediator.OpenAsync($"/Cases/{caseId}", "assigned");
        await mediator.ActAsync("declareNoConflict", form => Person.CheckAsync(form, "declaration"));
        await mediator.ExpectStateAsync("awaitingConsent", host.StateName("awaitingConsent", "ru", 3));

        // Without every party's consent the agreement on mediation is blocked, and the page says under which article.
        var blocked = mediator.Page.Locator("li[data-blocked-action=signAgreementOnMediation]");
        await Expect(blocked.Locator("[data-reason=allPartiesAccepted]")).ToHaveTextAsync("Каждая сторона должна согласиться на медиацию и принять назначенного медиатора");
        await Expect(blocked.Locator("[data-testid=basis]")).ToContainTextAsync("п. 1 ст. 20 Закона «О медиации»");

        await mediator.ActAsync("sendProposal", form => Person.FillAsync(form, "proposedOn", Day(today)));

        // A consent dated tomorrow is refused beside its field; what was typed stays.
        var consent = mediator.Page.Locator("form[data-action=recordConsent]");
        await Person.PickAsync(consent, "party", applicant);
        await Person.FillAsync(consent, "consentedOn", Day(today.AddDays(1)));
        await mediator.SubmitAsync(consent.Locator("button[type=submit]"), "consent-tomorrow-refused");
        consent = mediator.Page.Locator("form[data-action=recordConsent]");
        var refusedField = consent.Locator("[data-field=consentedOn]");
        await Expect(refusedField.GetByTestId("field-error")).ToBeVisibleAsync();
        await Expect(consent.Locator("#recordConsent-consentedOn")).ToHaveAttributeAsync("aria-describedby", "recordConsent-consentedOn-error");
        await Expect(consent.Locator("#recordConsent-consentedOn")).ToHaveValueAsync(Day(today.AddDays(1)));
        await Expect(consent.Locator("select[name='input.party']")).ToHaveValueAsync(applicant);
        await Expect(mediator.Page.Locator("[data-testid=party-consent][data-consented=true]")).ToHaveCountAsync(0);

        await mediator.ActAsync("recordConsent", form => Person.FillAsync(form, "consentedOn", Day(today)));
        await mediator.ActAsync("recordConsent", async form =>
        {
            await Person.PickAsync(form, "party", organisation);
            await Person.FillAsync(form, "consentedOn", Day(today));
            await Person.PickAsync(form, "representative", director!);
        });
        await Expect(mediator.Page.Locator("[data-testid=party-consent][data-consented=true]")).ToHaveCountAsync(2);
        await mediator.ActAsync("signAgreementOnMediation", async form =>
        {
            await Person.FillAsync(form, "signedOn", Day(today));
            await Person.CheckAsync(form, "signedByAll");
            await Person.FillAsync(form, "withoutCopyReason", PaperFile);
        });
        await mediator.ExpectStateAsync("inMediation", host.StateName("inMediation", "ru", 3));

        // The term runs thirty days from the agreement on mediation and ends with its last day.
        await Expect(mediator.Page.Locator("[data-testid=case-deadline] time")).ToHaveTextAsync(Written(today.AddDays(30)));
        await Expect(mediator.Page.Locator("[data-testid=case-deadline] .countdown")).ToHaveTextAsync("(осталось 30 дней)");

        // 3. A separate meeting with the organisation, then a joint session; attendance ticked per person.
        await HoldSessionAsync(mediator, "separate", organisation, [$"party:{organisation}", $"representative:{director}"], CaucusNote);
        await HoldSessionAsync(mediator, "joint", null, [$"party:{applicant}", $"party:{organisation}", $"representative:{director}"], null);
        await Expect(mediator.Page.Locator("li[data-session-id][data-recorded=true]")).ToHaveCountAsync(2);
        var caucus = mediator.Page.Locator("li[data-session-id][data-kind=separate]");
        await Expect(caucus.GetByTestId("session-kind")).ToHaveTextAsync($"Отдельная встреча: {Organisation}");
        await Expect(caucus.GetByTestId("session-attended")).ToHaveTextAsync($"Присутствовали: {Organisation}, {Director}");
        await Expect(caucus.GetByTestId("session-note")).ToContainTextAsync(CaucusNote);
        await Expect(mediator.Page.Locator("li[data-session-id][data-kind=joint]").GetByTestId("session-attended"))
            .ToHaveTextAsync($"Присутствовали: {Applicant}, {Organisation}, {Director}");

        // 4. The draft with its terms, reviewed by the chair, signed by each party on its own date and way.
        await mediator.ActAsync("reachSettlement");
        await mediator.ExpectStateAsync("draftingAgreement", host.StateName("draftingAgreement", "ru", 3));
        await mediator.ActAsync("setTerms", async form =>
        {
            await Person.FillAsync(form, "terms", "Управляющая компания ремонтирует кровлю над квартирой заявителя за свой счёт.");
            await Person.PickAsync(form, "scope", "full");
        });
        await mediator.ActAsync("addObligation", async form =>
        {
            await Person.PickAsync(form, "party", organisation);
            await Person.FillAsync(form, "description", "Отремонтировать кровлю над квартирой 14.");
            await Person.FillAsync(form, "dueOn", Day(today.AddDays(45)));
        });
        await mediator.ActAsync("submitForReview");
        await mediator.ExpectStateAsync("awaitingReview", host.StateName("awaitingReview", "ru", 3));

        await chair.OpenAsync("/Approvals", "approvals");
        var draft = chair.Page.Locator($"article[data-case-number='{number}']");
        await Expect(draft).ToHaveAttributeAsync("data-review", "draft");
        await chair.SubmitAsync(draft.Locator("form[data-action=approve] button[type=submit]"), "approve");
        await chair.ConfirmAsync("approve");
        await Expect(chair.Page.Locator($"article[data-case-number='{number}']")).ToHaveCountAsync(0);

        await mediator.OpenAsync($"/Cases/{caseId}", "approved");
        await mediator.ExpectStateAsync("awaitingSignatures", host.StateName("awaitingSignatures", "ru", 3));
        await Expect(mediator.Page.GetByTestId("agreement-review")).ToHaveAttributeAsync("data-review", "approved");
        await mediator.ActAsync("recordSignature", async form =>
        {
            await Person.PickAsync(form, "party", applicant);
            await Person.FillAsync(form, "signedOn", Day(today));
            await Person.PickAsync(form, "method", "inPerson");
            await Person.FillAsync(form, "withoutCopyReason", PaperFile);
        });
        await mediator.ExpectStateAsync("awaitingSignatures", host.StateName("awaitingSignatures", "ru", 3));
        var signatures = mediator.Page.GetByTestId("agreement-signatures");
        await Expect(signatures.Locator($"li[data-party-id='{applicant}']")).ToHaveAttributeAsync("data-signed", "true");
        await Expect(signatures.Locator($"li[data-party-id='{organisation}']")).ToHaveAttributeAsync("data-signed", "false");
        await mediator.ActAsync("recordSignature", async form =>
        {
            await Person.PickAsync(form, "party", organisation);
            await Person.FillAsync(form, "signedOn", Day(today));
            await Person.PickAsync(form, "method", "emailCopy");
            await Person.PickAsync(form, "representative", director!);
            await Person.FillAsync(form, "withoutCopyReason", PaperFile);
        });

        // The last signature moves the case to follow-up by itself.
        await mediator.ExpectStateAsync("monitoring", host.StateName("monitoring", "ru", 3));
        await Expect(signatures.Locator($"li[data-party-id='{organisation}']")).ToContainTextAsync($"подписанная копия по электронной почте · через представителя {Director}");
        await Expect(signatures.Locator($"li[data-party-id='{applicant}']")).ToContainTextAsync("лично");
        await Expect(mediator.Page.Locator("li[data-trigger=settlementSigned]")).ToHaveCountAsync(1);

        // 5. The timeline shows the dates the acts happened, under their own names.
        await ExpectDatedAsync(mediator.Page, "recordConsent", "Дата согласия", today, entries: 2);
        await ExpectDatedAsync(mediator.Page, "signAgreementOnMediation", "Дата подписания договора", today, entries: 1);
        await ExpectDatedAsync(mediator.Page, "recordSignature", "Дата подписания", today, entries: 2);

        // The chair sees, in Kazakh, that the separate meeting has a note, never what it says.
        await chair.OpenAsync($"/Cases/{caseId}", "chair-reads-case");
        await chair.ExpectStateAsync("monitoring", host.StateName("monitoring", "kk", 3));
        var caucusForChair = chair.Page.Locator("li[data-session-id][data-kind=separate]");
        await Expect(caucusForChair.GetByTestId("session-note")).ToContainTextAsync("Құпия түсініктеме тіркелді");
        await Expect(chair.Page.Locator("body")).Not.ToContainTextAsync(CaucusNote);
    }

    [Fact]
    public async Task When_the_councils_only_mediator_recuses_the_chair_closes_the_case_with_that_reason()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(When_the_councils_only_mediator_recuses_the_chair_closes_the_case_with_that_reason));
        var walk = await (await V3Walk.OpenAsync(host)).ToAwaitingConsentAsync();
        await using var mediator = await host.PersonAsync(DemoUsers.Mediator, screenshots);
        await using var chair = await host.PersonAsync(DemoUsers.Chair, screenshots);
        const string Reason = "Директор ответчика — мой двоюродный брат.";

        await mediator.SignInAsync();
        await mediator.OpenAsync($"/Cases/{walk.CaseId}", "case");
        // Recused, the mediator may no longer read the case and lands in the inbox, told that it left their list.
        var recusal = mediator.Page.Locator("form[data-action=recuse]");
        await Person.FillAsync(recusal, "reason", Reason);
        await mediator.SubmitAsync(recusal.Locator("button[type=submit]"), "recused");
        await Expect(mediator.Page.GetByTestId("notice-case-left")).ToHaveTextAsync("Выполнено. Дело больше не назначено вам и ушло из вашего списка.");
        Assert.Equal("awaitingAssignment", await walk.StateAsync());

        // The chair, reading English, finds nobody to assign, with the article that says why, and closes the case.
        await chair.SignInAsync();
        await chair.SwitchLanguageAsync("en");
        await chair.OpenAsync($"/Cases/{walk.CaseId}", "nobody-to-assign");
        var assign = chair.Page.Locator("li[data-blocked-action=assignMediator]");
        await Expect(assign.Locator("[data-reason=mediatorAvailable]"))
            .ToHaveTextAsync("No mediator of the council is left who has not recused from this case: transfer or close it");
        await Expect(assign.Locator("[data-testid=basis]")).ToContainTextAsync("Law On Mediation, Art. 7(2)");
        await Expect(chair.Page.Locator("body")).Not.ToContainTextAsync(Reason);

        await chair.ActAsync("closeNoMediator", form => Person.FillAsync(form, "note", "Other councils of the district are also short of mediators."), confirm: true);

        await chair.ExpectStateAsync("noMediatorAvailable", host.StateName("noMediatorAvailable", "en", 3));
        var reason = chair.Page.GetByTestId("outcome-reason");
        await Expect(reason).ToHaveAttributeAsync("data-reason", "noEligibleMediator");
        await Expect(reason).ToContainTextAsync("No mediator was left");
        await Expect(reason.GetByTestId("basis")).ToContainTextAsync("Law On Mediation, Art. 7(2)");
        await walk.AssertEndedAsync("noMediatorAvailable", "noEligibleMediator");
    }

    /// <summary>Plans a session for this minute where the council is and records it as held, ticking who came.</summary>
    private static async Task HoldSessionAsync(Person mediator, string kind, string? party, string[] attended, string? note)
    {
        var at = DateTimeOffset.UtcNow.ToOffset(Display.KazakhstanOffset).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        await mediator.ActAsync("scheduleSession", async form =>
        {
            await Person.FillAsync(form, "plannedAt", at);
            await Person.PickAsync(form, "kind", kind);
            if (party is not null)
            {
                await Person.PickAsync(form, "party", party);
            }

            await Person.FillAsync(form, "place", "Акимат, каб. 4");
        });
        await mediator.ActAsync("recordSession", async form =>
        {
            await Person.PickFirstAsync(form, "session");
            await Person.FillAsync(form, "heldAt", at);
            foreach (var person in attended)
            {
                await form.Locator($"input[name='input.attended'][value='{person}']").CheckAsync();
            }

            if (note is not null)
            {
                await Person.FillAsync(form, "outcomeNote", note);
            }
        });
    }

    /// <summary>Each timeline entry of <paramref name="trigger"/> names the act's date under its label, as the reader writes dates.</summary>
    private static async Task ExpectDatedAsync(IPage page, string trigger, string label, DateOnly day, int entries)
    {
        var entry = page.Locator($"li[data-trigger={trigger}]");
        await Expect(entry).ToHaveCountAsync(entries);
        foreach (var one in await entry.AllAsync())
        {
            await Expect(one.Locator($"dt:text-is('{label}') + dd")).ToHaveTextAsync(Written(day));
        }
    }

    private static async Task<(string Applicant, string Respondent)> PartiesAsync(IPage page)
    {
        var rows = page.Locator("tr[data-party-id]");
        await Expect(rows).ToHaveCountAsync(2);
        return ((await rows.Nth(0).GetAttributeAsync("data-party-id"))!, (await rows.Nth(1).GetAttributeAsync("data-party-id"))!);
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Display.KazakhstanOffset).DateTime);

    /// <summary>A date as the Russian pages write it.</summary>
    private static string Written(DateOnly day) => day.ToString("d", CultureInfo.GetCultureInfo("ru-RU"));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
