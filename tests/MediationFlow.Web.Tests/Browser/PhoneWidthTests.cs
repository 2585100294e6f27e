using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// Every page each role works in, on a phone 390 px wide, fits the screen: nothing makes the reader scroll
/// sideways (tables turn into cards, forms wrap).
/// </summary>
public sealed class PhoneWidthTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>Elements sticking out past the right edge, named so a failure says where to look.</summary>
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) { return []; }
          return [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1)
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '')
              + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
        }
        """;

    [Theory]
    [InlineData(DemoUsers.Mediator)]
    [InlineData(DemoUsers.Chair)]
    [InlineData(DemoUsers.Trainer)]
    [InlineData(DemoUsers.TraineeOne)]
    [InlineData(DemoUsers.Analyst)]
    [InlineData(DemoUsers.Admin)]
    public async Task Every_page_of_a_role_fits_a_phone_without_sideways_scrolling(string userName)
    {
        ChromiumPrerequisite.Require();
        var workshop = await RunningWorkshopAsync();
        var screenshots = new Screenshots($"{nameof(Every_page_of_a_role_fits_a_phone_without_sideways_scrolling)}-{userName}");
        await using var person = await host.PersonAsync(userName, screenshots, BrowserHost.Phone);
        await person.SignInAsync();

        var pages = new List<string>();
        foreach (var link in await person.Page.Locator("nav.main a").AllAsync())
        {
            pages.Add((await link.GetAttributeAsync("href"))!);
        }

        if (pages.Contains("/Cases"))
        {
            await person.OpenAsync("/Cases", "cases");
            pages.Add((await person.Page.Locator("tr[data-case-number] a").First.GetAttributeAsync("href"))!);
        }

        if (userName is DemoUsers.Trainer or DemoUsers.TraineeOne)
        {
            pages.Add($"/Workshops/{workshop.Id}");
            pages.Add(userName == DemoUsers.Trainer ? $"/Workshops/{workshop.Id}/Debrief" : $"/Cases/{workshop.CaseId}");
        }

        pages.Add("/No/Such/Page");
        var offenders = new List<string>();
        foreach (var path in pages.Distinct())
        {
            await person.Page.GotoAsync(path);
            await person.ShotAsync(path);
            var sticking = await person.Page.EvaluateAsync<string[]>(Overflow);
            if (sticking.Length > 0)
            {
                offenders.Add($"{path}: {string.Join(", ", sticking)}");
            }
        }

        Assert.True(pages.Count >= 4, $"{userName} visited too few pages to judge: {string.Join(", ", pages)}");
        Assert.True(offenders.Count == 0, $"{userName} scrolls sideways on a phone:{Environment.NewLine}{string.Join(Environment.NewLine, offenders)}");
    }

    /// <summary>A running workshop whose team (trainee one) has worked its case a little, so every table has rows.</summary>
    private async Task<(long Id, long CaseId)> RunningWorkshopAsync()
    {
        var id = await WorkshopApi.StartedAsync(host, DemoUsers.TraineeOne);
        using var trainer = await host.ApiClientAsync(DemoUsers.Trainer);
        var caseId = WorkshopApi.CaseId(WorkshopApi.Team(await trainer.StatusAsync(id), "Team 1"));
        using var trainee = await host.ApiClientAsync(DemoUsers.TraineeOne);
        var version = (await trainee.CaseAsync(caseId)).GetProperty("version").GetInt32();
        using var accepted = await trainee.ActAsync(caseId, "acceptForMediation", version);
        return (id, caseId);
    }
}
