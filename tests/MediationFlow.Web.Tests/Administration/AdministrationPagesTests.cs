using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Administration;

/// <summary>The administration pages' forms, sent as a browser sends them: what each changes, and each refusal beside its field.</summary>
public sealed partial class AdministrationPagesTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const string NewPassword = "Kokshetau-Zhana-2031";

    [Fact]
    public async Task A_council_added_on_the_tree_page_is_renamed_and_a_move_under_itself_is_refused_beside_its_field_in_kazakh()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Admin);
        var kazakh = await AdministrationApi.AddPersonAsync(api, role: "administrator");
        using var admin = await factory.PageClientAsync(kazakh.UserName, kazakh.Password);
        var code = "T-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using var added = await (await FormAsync(admin, "/Admin", "/Admin?handler=Add")).SubmitAsync(admin, new Dictionary<string, string>
        {
            ["Code"] = code,
            ["Level"] = "District",
            ["NameKk"] = "Жаңа аудан",
            ["NameRu"] = "Новый район",
            ["NameEn"] = "New District",
            ["ParentCode"] = DemoUsers.BurabayCode,
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var councilPage = added.Headers.Location!.OriginalString.Split('?')[0];

        using var renamed = await (await FormAsync(admin, councilPage, councilPage + "?handler=Rename")).SubmitAsync(admin,
            new Dictionary<string, string> { ["nameKk"] = "Өзгерген аудан", ["nameRu"] = "Изменённый район", ["nameEn"] = "Renamed District" });
        using var refused = await (await FormAsync(admin, councilPage, councilPage + "?handler=Move")).SubmitAsync(admin, new Dictionary<string, string> { ["parentCode"] = code });

        var names = await factory.QueryAsync(db => db.Councils.Where(c => c.Code == code).Select(c => new { c.NameKk, c.NameRu, c.NameEn }).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(("Өзгерген аудан", "Изменённый район", "Renamed District"), (names.NameKk, names.NameRu, names.NameEn));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("data-field-error=\"parentCode\">Кеңесті өзінің немесе өзіне бағынатын кеңестің астына ауыстыруға болмайды.",
            await refused.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_reset_on_the_person_page_is_shown_once_and_its_holder_chooses_their_own_before_any_other_page()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Admin);
        var person = await AdministrationApi.AddPersonAsync(api);
        using var admin = await factory.PageClientAsync(DemoUsers.Admin);
        var page = $"/Admin/People/{person.Id}";

        using var reset = await (await FormAsync(admin, page, page + "?handler=Password")).SubmitAsync(admin);
        var html = await reset.Content.ReadAsStringAsync(TestRequests.Ct);
        var password = PasswordShown().Match(html).Groups["password"].Value;
        using (var again = await admin.GetPathAsync(page))
        {
            Assert.DoesNotContain(password, await again.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.True(reset.Headers.CacheControl?.NoStore);
        using var holder = await factory.PageClientAsync(person.UserName, password);
        using (var inbox = await holder.GetPathAsync("/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
            Assert.StartsWith("/Profile#", inbox.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var profile = await holder.GetPathAsync("/Profile");
        var form = HtmlForm.Find(await profile.Content.ReadAsStringAsync(TestRequests.Ct), "/Profile?handler=Password");
        using var changed = await form.SubmitAsync(holder, new Dictionary<string, string> { ["currentPassword"] = password, ["newPassword"] = NewPassword, ["repeatPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var afterwards = await holder.GetPathAsync("/");
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Deactivating_on_the_person_page_needs_the_confirmation_and_then_ends_the_persons_session()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Admin);
        var person = await AdministrationApi.AddPersonAsync(api);
        using var browser = await factory.PageClientAsync(person.UserName, person.Password);
        using var admin = await factory.PageClientAsync(DemoUsers.Admin);
        var page = $"/Admin/People/{person.Id}";

        using (var unconfirmed = await (await FormAsync(admin, page, page + "?handler=Deactivate")).SubmitAsync(admin, new Dictionary<string, string> { ["confirmed"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
            using var still = await browser.GetPathAsync("/");
            Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        }

        using var deactivated = await (await FormAsync(admin, page, page + "?handler=Deactivate")).SubmitAsync(admin, new Dictionary<string, string> { ["confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        using var after = await browser.GetPathAsync("/");
        Assert.Equal("/Account/Login", after.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Editing_a_person_with_a_bad_email_names_the_field_and_changes_nothing()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Admin);
        var person = await AdministrationApi.AddPersonAsync(api, "Бекзат Оспанов");
        using var admin = await factory.PageClientAsync(DemoUsers.Admin);
        var page = $"/Admin/People/{person.Id}";

        using var refused = await (await FormAsync(admin, page, page + "?handler=Edit", "ru")).SubmitAsync(admin,
            new Dictionary<string, string> { ["DisplayName"] = "Другое Имя", ["PreferredLanguage"] = "ru", ["Email"] = "not an address" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("data-field-error=\"email\">Это не адрес электронной почты.", await refused.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
        Assert.Equal("Бекзат Оспанов", await factory.QueryAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task The_tree_page_opens_one_level_and_links_each_council_with_councils_under_it()
    {
        using var admin = await factory.PageClientAsync(DemoUsers.Admin);

        using var top = await admin.GetPathAsync("/Admin");
        var html = await top.Content.ReadAsStringAsync(TestRequests.Ct);

        var akmola = await factory.QueryAsync(db => db.Councils.Where(c => c.ParentId == null).Select(c => new { c.Id, Children = db.Councils.Count(x => x.ParentId == c.Id) }).FirstAsync());
        Assert.Contains($"data-council-id=\"{akmola.Id}\"", html, StringComparison.Ordinal);
        Assert.Equal(akmola.Children > 0, html.Contains($"href=\"/Admin?parentId={akmola.Id}\"", StringComparison.Ordinal));
        Assert.DoesNotContain($"data-code=\"{DemoUsers.BurabayCode}\"", html, StringComparison.Ordinal);
    }

    private static async Task<HtmlForm> FormAsync(HttpClient client, string page, string action, string? language = null)
    {
        using var response = await client.GetPathAsync(page, language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.Find(await response.Content.ReadAsStringAsync(TestRequests.Ct), action);
    }

    [GeneratedRegex("data-testid=\"password-value\">(?<password>[^<]+)<")]
    private static partial Regex PasswordShown();
}
