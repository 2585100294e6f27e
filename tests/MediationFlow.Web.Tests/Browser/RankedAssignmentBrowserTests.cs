using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// Issue 14, points 3 and 4 in a real Chromium: the chair enters a new mediator in the council's register through the
/// council page, then assigns a case from the ranked list, reading why each mediator stands where they do.
/// </summary>
public sealed class RankedAssignmentBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_chair_enters_a_mediator_in_the_register_and_assigns_the_first_of_the_ranked_list_seeing_the_reasons()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(The_chair_enters_a_mediator_in_the_register_and_assigns_the_first_of_the_ranked_list_seeing_the_reasons));
        var council = await host.CouncilIdAsync(DemoUsers.BurabayCode);
        var newcomer = await NewMediatorAsync(council);
        var (mediator, suspended) = (await host.UserIdAsync(DemoUsers.Mediator), await host.UserIdAsync("mediator.suspended"));
        using var caseworker = await host.ApiClientAsync(DemoUsers.Mediator);
        var opened = await caseworker.OpenCaseAsync(CaseApi.NewCase(council, category: "familyAndHousehold"));
        await caseworker.TakeAsync(opened.Id, "acceptForMediation");
        await using var chair = await host.PersonAsync(DemoUsers.Chair, screenshots);
        await chair.SignInAsync();
        await chair.SwitchLanguageAsync("ru");

        // The register on the council page: the suspended mediator shows as such; the newcomer is entered, Kazakh only.
        await chair.OpenAsync($"/Councils/{council}", "council-register");
        await Expect(chair.Page.Locator($"[data-testid=mediator-register] tr[data-user-id='{suspended}'] [data-testid=register-status]"))
            .ToHaveAttributeAsync("data-status", "Suspended");
        var add = chair.Page.GetByTestId("register-add");
        await chair.Page.Locator("details:has([data-testid=register-add]) summary").ClickAsync();
        await add.Locator("select[name='Entry.UserName']").SelectOptionAsync("mediator.two");
        await add.Locator("input[name='Entry.Number']").FillAsync("AKM-BUR-003");
        await add.Locator("#entry-language-ru").UncheckAsync();
        await add.Locator("#entry-category-FamilyAndHousehold").CheckAsync();
        await chair.SubmitAsync(add.Locator("button[type=submit]"), "entered");
        await Expect(chair.Page.Locator($"[data-testid=mediator-register] tr[data-user-id='{newcomer}']")).ToContainTextAsync("AKM-BUR-003");

        // The parties speak Russian: the mediator who mediates in it comes first, the newcomer (Kazakh only) after,
        // the suspended mediator not at all; each option says why.
        await chair.OpenAsync($"/Cases/{opened.Id}", "case-to-assign");
        var options = chair.Page.Locator("form[data-action='assignMediator'] select[name='input.mediator'] option:not([value=''])");
        Assert.Equal([mediator.ToString(), newcomer.ToString()], await options.EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        await Expect(options.Nth(0)).ToContainTextAsync("владеет языками сторон (Русский)");
        await Expect(options.Nth(1)).ToContainTextAsync("не ведёт медиацию на языке: Русский");
        await Expect(options.Nth(1)).ToContainTextAsync("специализируется на этой категории");
        await chair.ActAsync("assignMediator", form => Person.PickFirstAsync(form, "mediator"));

        Assert.Equal(mediator, await host.QueryAsync(db => db.Cases.Where(c => c.Id == opened.Id).Select(c => c.AssignedMediatorId).SingleAsync()));
    }

    /// <summary>A mediator the council has just elected: a member with the role, not yet in the register.</summary>
    private Task<Guid> NewMediatorAsync(int council) =>
        host.QueryAsync(async db =>
        {
            var user = new User { Id = Guid.NewGuid(), UserName = "mediator.two", NormalizedUserName = "MEDIATOR.TWO", DisplayName = "Ерлан Байжанов", SecurityStamp = Guid.NewGuid().ToString("N") };
            user.Memberships.Add(new Membership { CouncilId = council, Role = CouncilRole.Mediator });
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
}
