using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Administration;

/// <summary>/api/v1/admin: people signed out everywhere, passwords reset, the tree kept, imports checked and applied.</summary>
public sealed class AdministrationApiTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const string Admin = AdministrationApi.Prefix;

    [Fact]
    public async Task Deactivating_a_person_refuses_their_next_request_by_cookie_bearer_token_and_access_token()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var person = await AdministrationApi.AddPersonAsync(admin);
        using var browser = await factory.PageClientAsync(person.UserName, person.Password);
        using var bearer = await factory.ApiClientAsync(person.UserName, person.Password);
        using var made = await bearer.PostJsonAsync("/api/v1/tokens", new { name = "script", days = 30 });
        using var script = factory.Anonymous();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await made.JsonAsync(HttpStatusCode.Created)).GetProperty("token").GetString());
        foreach (var client in new[] { bearer, script })
        {
            using var inbox = await client.GetPathAsync("/api/v1/inbox");
            Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        }

        var deactivated = await admin.PostOkAsync($"{Admin}/people/{person.Id}/deactivate");

        Assert.Equal(1, deactivated.GetProperty("accessTokensRevoked").GetInt32());
        using (var page = await browser.GetPathAsync("/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/Account/Login", page.Headers.Location?.AbsolutePath);
        }

        foreach (var client in new[] { bearer, script })
        {
            using var inbox = await client.GetPathAsync("/api/v1/inbox");
            await inbox.ProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var again = factory.Browser();
        using var login = await LoginPage.SubmitAsync(again, person.UserName, person.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task A_reactivated_person_signs_in_again_with_their_password_and_keeps_their_roles()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var person = await AdministrationApi.AddPersonAsync(admin);
        await admin.PostOkAsync($"{Admin}/people/{person.Id}/deactivate");

        await admin.PostOkAsync($"{Admin}/people/{person.Id}/reactivate");

        using var browser = await factory.PageClientAsync(person.UserName, person.Password);
        using var record = await admin.GetPathAsync($"{Admin}/people/{person.Id}");
        var body = await record.JsonAsync(HttpStatusCode.OK);
        Assert.False(body.GetProperty("deactivated").GetBoolean());
        Assert.Equal("mediator", Assert.Single(body.GetProperty("roles").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_reset_password_is_shown_once_the_old_one_fails_and_the_new_one_signs_in()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var person = await AdministrationApi.AddPersonAsync(admin);
        using var earlier = await factory.ApiClientAsync(person.UserName, person.Password);

        using var reset = await admin.PostAsync(new Uri($"{Admin}/people/{person.Id}/password", UriKind.Relative), null, TestRequests.Ct);
        var password = (await reset.JsonAsync(HttpStatusCode.OK)).GetProperty("password").GetString()!;

        Assert.True(reset.Headers.CacheControl?.NoStore);
        using (var old = factory.Anonymous())
        using (var refused = await old.PostJsonAsync("/api/v1/auth/login", new { userName = person.UserName, password = person.Password }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using (var inbox = await earlier.GetPathAsync("/api/v1/inbox"))
        {
            await inbox.ProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var fresh = factory.Anonymous();
        using var signedIn = await fresh.PostJsonAsync("/api/v1/auth/login", new { userName = person.UserName, password });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_move_under_its_own_branch_is_a_400_naming_the_parent_in_the_readers_language()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var district = await AddCouncilAsync(admin, "district", DemoUsers.BurabayCode);
        var village = await AddCouncilAsync(admin, "rural", district.Code);

        using var refused = await admin.PutJsonAsync($"{Admin}/councils/{district.Id}/parent", new { parentCode = village.Code }, "kk");

        var problem = await refused.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Кеңесті өзінің немесе өзіне бағынатын кеңестің астына ауыстыруға болмайды."], problem.Errors("parentCode"));
        using var record = await admin.GetPathAsync($"{Admin}/councils/{district.Id}");
        Assert.Equal(DemoUsers.BurabayCode, (await record.JsonAsync(HttpStatusCode.OK)).GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task A_council_with_open_cases_is_not_closed_and_the_refusal_says_how_many()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var open = await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Cases, c => c.WorkshopId == null && !c.IsClosed && (c.CouncilId == burabay || c.PendingTransferCouncilId == burabay)));

        using var refused = await admin.PostAsync(new Uri($"{Admin}/councils/{burabay}/close", UriKind.Relative), null, TestRequests.Ct);

        var message = Assert.Single((await refused.ProblemAsync(HttpStatusCode.BadRequest)).Errors("councilId"));
        Assert.Contains(open.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_and_browsing_show_the_new_names_one_level_at_a_time()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var district = await AddCouncilAsync(admin, "district", DemoUsers.BurabayCode);

        using (var renamed = await admin.PutJsonAsync($"{Admin}/councils/{district.Id}/names", new { nameKk = "Жаңа аудан", nameRu = "Новый район", nameEn = "New District" }))
        {
            await renamed.JsonAsync(HttpStatusCode.OK);
        }

        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var children = await admin.GetPathAsync($"{Admin}/councils?parentId={burabay}&text=", "ru");
        var found = await children.JsonAsync(HttpStatusCode.OK);
        Assert.Contains(found.GetProperty("councils").EnumerateArray(), c => c.GetProperty("id").GetInt32() == district.Id && c.GetProperty("name").GetString() == "Новый район");
        Assert.Equal(burabay, found.GetProperty("ancestors").EnumerateArray().Last().GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Bad_query_values_and_bodies_are_400s_naming_the_field()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);

        using var page = await admin.GetPathAsync($"{Admin}/councils?page=0&level=galaxy");
        using var person = await admin.PostJsonAsync($"{Admin}/people", new { userName = "two words", fullName = "", preferredLanguage = "de", email = "nope" });

        Assert.Equal(["level"], (await page.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        Assert.Equal(["displayName", "email", "preferredLanguage", "userName"], (await person.ProblemAsync(HttpStatusCode.BadRequest)).Fields.Order());
    }

    [Fact]
    public async Task A_people_file_is_checked_then_imported_once_with_first_passwords_in_the_answer()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var userName = "imported." + Guid.NewGuid().ToString("N")[..8];
        var csv = Encoding.UTF8.GetBytes($"UserName,FullName,Language,CouncilCode,Roles\n{userName},Арман Әбенов,kk,{DemoUsers.BurabayCode},mediator\n");

        using var check = await admin.UploadAsync($"{Admin}/import/people/check", "people.csv", csv);
        var report = await check.JsonAsync(HttpStatusCode.OK);
        Assert.False(await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.UserName == userName)));
        using var applied = await admin.UploadAsync($"{Admin}/import/people", "people.csv", csv);
        var imported = await applied.JsonAsync(HttpStatusCode.OK);
        using var twice = await admin.UploadAsync($"{Admin}/import/people", "people.csv", csv);
        var again = await twice.JsonAsync(HttpStatusCode.OK);

        Assert.Equal("added", report.GetProperty("report").GetProperty("rows")[0].GetProperty("change").GetString());
        Assert.False(report.GetProperty("applied").GetBoolean());
        var account = Assert.Single(imported.GetProperty("newAccounts").EnumerateArray());
        Assert.Equal(userName, account.GetProperty("userName").GetString());
        using var signIn = factory.Anonymous();
        using var signedIn = await signIn.PostJsonAsync("/api/v1/auth/login", new { userName, password = account.GetProperty("password").GetString() });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("unchanged", again.GetProperty("report").GetProperty("rows")[0].GetProperty("change").GetString());
        Assert.Empty(again.GetProperty("newAccounts").EnumerateArray());
    }

    [Fact]
    public async Task A_file_with_problems_is_reported_by_row_and_column_and_applying_it_changes_nothing()
    {
        using var admin = await factory.ApiClientAsync(DemoUsers.Admin);
        var code = "T-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var csv = Encoding.UTF8.GetBytes($"Code,Level,NameKk,NameRu,NameEn,ParentCode\n{code},rural,Ауыл,Село,Village,NOWHERE\n");

        using var check = await admin.UploadAsync($"{Admin}/import/councils/check", "councils.csv", csv, "ru");
        using var applied = await admin.UploadAsync($"{Admin}/import/councils", "councils.csv", csv, "ru");
        using var wrongKind = await admin.UploadAsync($"{Admin}/import/councils/check", "councils.txt", csv, "ru");

        var problem = Assert.Single((await check.JsonAsync(HttpStatusCode.OK)).GetProperty("report").GetProperty("problems").EnumerateArray());
        Assert.Equal(2, problem.GetProperty("row").GetInt32());
        Assert.Equal("ParentCode", problem.GetProperty("column").GetString());
        var refused = await applied.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(refused.Fields);
        Assert.Equal(["Импортировать можно только файлы .xlsx и .csv."], (await wrongKind.ProblemAsync(HttpStatusCode.BadRequest)).Errors("file"));
        Assert.False(await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Councils, c => c.Code == code)));
    }

    private static async Task<(int Id, string Code)> AddCouncilAsync(HttpClient admin, string level, string parentCode)
    {
        var code = "T-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using var added = await admin.PostJsonAsync($"{Admin}/councils", new { code, level, nameKk = "Кеңес", nameRu = "Совет", nameEn = "Council", parentCode });
        return ((await added.JsonAsync(HttpStatusCode.Created)).GetProperty("councilId").GetInt32(), code);
    }
}
