using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Administration;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// Every page, as each role sees it (its menu, a case in each stage, a council, the figures, a running
/// workshop and its debrief, the confirmation steps, the error page), is valid HTML by the W3C Nu Html Checker.
/// </summary>
public sealed partial class HtmlValidationTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private static readonly string[] CaseStates = ["registered", "awaitingConsent", "inMediation", "overdue", "draftingAgreement", "awaitingApproval", "monitoring", "fulfilled", "notMediable"];

    private static readonly string[] Roles = [DemoUsers.Mediator, DemoUsers.Chair, DemoUsers.Trainer, DemoUsers.Analyst, DemoUsers.Admin, DemoUsers.TraineeOne];

    [Fact]
    public async Task Every_page_validates_as_each_role_sees_it()
    {
        var jar = HtmlValidator.Require();
        var folder = Directory.CreateTempSubdirectory("mediationflow-html-").FullName;
        try
        {
            var saved = await SavePagesAsync(folder);

            var errors = await HtmlValidator.ErrorsAsync(jar, folder, TestRequests.Ct);

            Assert.True(saved >= 40, $"Only {saved} pages were checked.");
            Assert.True(errors.Count == 0, $"{errors.Count} HTML errors in {saved} pages:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<int> SavePagesAsync(string folder)
    {
        var (workshop, sandboxCase) = await RunningWorkshopAsync();
        var cases = new List<string>();
        foreach (var state in CaseStates)
        {
            cases.Add($"/Cases/{await factory.BurabayAsync(state)}");
        }

        var burabay = (await factory.CouncilIdAsync(DemoUsers.BurabayCode)).ToString(CultureInfo.InvariantCulture);
        var saved = 0;
        foreach (var role in Roles)
        {
            using var client = await factory.PageClientAsync(role);
            var home = await SaveAsync(client, folder, role, "/");
            var pages = MenuLink().Matches(home[..home.IndexOf("</nav>", StringComparison.Ordinal)]).Select(m => m.Groups["href"].Value).ToList();
            pages.Add("/No/Such/Page");
            if (role != DemoUsers.TraineeOne)
            {
                pages.Add($"/Councils/{burabay}");
            }

            if (role is DemoUsers.Mediator or DemoUsers.Chair)
            {
                pages.AddRange(cases);
                pages.Add("/Cases?state=inMediation");
                // Print views of documents, from the case that ended fulfilled: the full settlement and the certificate.
                pages.Add($"{cases[Array.IndexOf(CaseStates, "fulfilled")]}/Documents/settlement-agreement?language=kk");
                pages.Add($"{cases[Array.IndexOf(CaseStates, "fulfilled")]}/Documents/outcome-certificate?language=ru");
            }

            if (role == DemoUsers.Admin)
            {
                var admin = (await factory.UserIdAsync(DemoUsers.Admin)).ToString();
                pages.AddRange(["/Admin/People", "/Admin/Import", $"/Admin/Councils/{burabay}", $"/Admin/People/{admin}", $"/Admin?parentId={burabay}", "/Admin?text=AKM"]);
            }

            if (role is DemoUsers.Trainer or DemoUsers.TraineeOne)
            {
                pages.Add($"/Workshops/{workshop}");
                pages.Add(role == DemoUsers.Trainer ? $"/Workshops/{workshop}/Debrief" : $"/Cases/{sandboxCase}");
            }

            foreach (var page in pages.Distinct().Where(p => p != "/"))
            {
                await SaveAsync(client, folder, role, page);
            }

            saved += pages.Distinct().Count();
        }

        using var anonymous = factory.Browser();
        await SaveAsync(anonymous, folder, "anonymous", "/Account/Login");
        await SaveAsync(anonymous, folder, "anonymous", "/No/Such/Page");
        return saved + 2 + await SaveConfirmationsAsync(folder, workshop) + await SaveRefusalsAsync(folder, workshop) + await SaveAdministrationAsync(folder);
    }

    /// <summary>Forms shown again with their errors: intake, an action's fields, a team, a password.</summary>
    private async Task<int> SaveRefusalsAsync(string folder, long workshop)
    {
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
        var intake = await SaveAsync(mediator, folder, DemoUsers.Mediator, "/Cases/New");
        await SaveRefusedAsync(folder, "mediator-intake-refused", await new HtmlForm("/Cases/New", new Dictionary<string, string> { [LoginPage.TokenField] = LoginPage.AntiforgeryToken(intake) }).SubmitAsync(mediator));
        var inMediation = await SaveAsync(mediator, folder, DemoUsers.Mediator, $"/Cases/{await factory.BurabayAsync("inMediation")}");
        await SaveRefusedAsync(folder, "mediator-action-refused", await HtmlForm.FindBy(inMediation, "data-action", "scheduleSession").SubmitAsync(mediator));
        var profile = await SaveAsync(mediator, folder, DemoUsers.Mediator, "/Profile");
        await SaveRefusedAsync(folder, "mediator-password-refused", await HtmlForm.Find(profile, "/Profile?handler=Password").SubmitAsync(mediator,
            new Dictionary<string, string> { ["currentPassword"] = "not-the-password", ["newPassword"] = "x", ["repeatPassword"] = "y" }));

        using var trainer = await factory.PageClientAsync(DemoUsers.Trainer);
        var path = $"/Workshops/{workshop}";
        var page = await SaveAsync(trainer, folder, DemoUsers.Trainer, path);
        await SaveRefusedAsync(folder, "trainer-team-refused", await HtmlForm.Find(page, path + "?handler=AddTeam").SubmitAsync(trainer,
            new Dictionary<string, string> { ["teamName"] = "Команда без слушателей", ["trainees"] = "nobody.here" }));
        return 4;
    }

    /// <summary>The administration forms shown again with their errors, an import's check and what it found, and a one-time password.</summary>
    private async Task<int> SaveAdministrationAsync(string folder)
    {
        using var admin = await factory.PageClientAsync(DemoUsers.Admin);
        var tree = await SaveAsync(admin, folder, DemoUsers.Admin, "/Admin");
        await SaveRefusedAsync(folder, "admin-add-council-refused", await HtmlForm.Find(tree, "/Admin?handler=Add").SubmitAsync(admin,
            new Dictionary<string, string> { ["Code"] = "lower case", ["NameKk"] = "", ["ParentCode"] = "NOWHERE" }));
        var people = await SaveAsync(admin, folder, DemoUsers.Admin, "/Admin/People");
        await SaveRefusedAsync(folder, "admin-add-person-refused", await HtmlForm.Find(people, "/Admin/People?handler=Add").SubmitAsync(admin,
            new Dictionary<string, string> { ["UserName"] = "two words", ["Email"] = "nope" }));
        await SaveResponseAsync(folder, "admin-add-person-password", await HtmlForm.Find(people, "/Admin/People?handler=Add").SubmitAsync(admin,
            new Dictionary<string, string> { ["UserName"] = "html." + Guid.NewGuid().ToString("N")[..8], ["DisplayName"] = "Тексеру Адамы", ["PreferredLanguage"] = "kk" }));
        var import = await SaveAsync(admin, folder, DemoUsers.Admin, "/Admin/Import");
        await SaveResponseAsync(folder, "admin-import-check-problems", await ImportPage.CheckAsync(admin, import, "people.csv",
            "UserName,FullName,Language,CouncilCode,Roles\nhtml.person,Адам,de,NOWHERE,judge\n"));
        await SaveResponseAsync(folder, "admin-import-check-clean", await ImportPage.CheckAsync(admin, import, "people.csv",
            $"UserName,FullName,Language,CouncilCode,Roles\nhtml.person,Адам,kk,{DemoUsers.BurabayCode},mediator\n"));
        return 7;
    }

    private static async Task SaveRefusedAsync(string folder, string name, HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            await WriteAsync(folder, name, response);
        }
    }

    /// <summary>The server's confirmation steps: approving from the queue, closing a case, deleting a workshop.</summary>
    private async Task<int> SaveConfirmationsAsync(string folder, long workshop)
    {
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);
        var queue = await SaveAsync(chair, folder, DemoUsers.Chair, "/Approvals");
        await SaveResponseAsync(folder, "chair-approve-confirm", await HtmlForm.FindBy(queue, "data-action", "approve").SubmitAsync(chair));

        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
        var monitoring = $"/Cases/{await factory.BurabayAsync("monitoring")}";
        var page = await SaveAsync(mediator, folder, DemoUsers.Mediator, monitoring);
        var close = Regex.Match(page, "data-action=\"(?<t>close\\w+)\"").Groups["t"].Value;
        if (close.Length > 0)
        {
            await SaveResponseAsync(folder, "mediator-close-confirm", await HtmlForm.FindBy(page, "data-action", close).SubmitAsync(mediator));
        }

        using var trainer = await factory.PageClientAsync(DemoUsers.Trainer);
        var path = $"/Workshops/{workshop}";
        var workshopPage = await SaveAsync(trainer, folder, DemoUsers.Trainer, path);
        await SaveResponseAsync(folder, "trainer-delete-confirm", await HtmlForm.Find(workshopPage, path + "?handler=Delete").SubmitAsync(trainer));
        return 3;
    }

    private async Task<(long Workshop, long SandboxCase)> RunningWorkshopAsync()
    {
        var id = await WorkshopApi.StartedAsync(factory, DemoUsers.TraineeOne);
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        var caseId = WorkshopApi.CaseId(WorkshopApi.Team(await trainer.StatusAsync(id), "Team 1"));
        using var trainee = await factory.ApiClientAsync(DemoUsers.TraineeOne);
        await trainee.TakeAsync(caseId, "acceptForMediation");
        return (id, caseId);
    }

    private static async Task<string> SaveAsync(HttpClient client, string folder, string who, string path)
    {
        using var response = await client.GetPathAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.OK || path == "/No/Such/Page", $"{who}: GET {path} answered {(int)response.StatusCode}.");
        return await WriteAsync(folder, $"{who}-{path}", response);
    }

    private static async Task SaveResponseAsync(string folder, string name, HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await WriteAsync(folder, name, response);
        }
    }

    private static async Task<string> WriteAsync(string folder, string name, HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        var file = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".html";
        await File.WriteAllTextAsync(Path.Combine(folder, file), html, TestRequests.Ct);
        return html;
    }

    [GeneratedRegex("<a href=\"(?<href>/[^\"]*)\"")]
    private static partial Regex MenuLink();
}
