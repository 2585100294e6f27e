using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The sign-out button and the language switcher in every page's header, submitted as a browser
/// submits them: Razor Pages refuse a POST without the form's antiforgery token.
/// </summary>
public sealed class LayoutFormsTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Sign_out_button_ends_the_session()
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);
        var form = HtmlForm.Find(await PageAsync(browser, "/"), "/Account/Logout");

        using var response = await form.SubmitAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.OriginalString);
        using var after = await browser.GetPathAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/Account/Login", after.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Language_switch_changes_the_page_language_and_remembers_it_in_the_profile()
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Trainer);
        var form = HtmlForm.Find(await PageAsync(browser, "/"), "/Account/Language");

        using var response = await form.SubmitAsync(browser, new Dictionary<string, string> { ["language"] = "en" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\">", await PageAsync(browser, "/"), StringComparison.Ordinal);
        Assert.Equal("en", await factory.QueryAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Trainer).Select(u => u.PreferredLanguage).SingleAsync()));
    }

    [Fact]
    public async Task Language_switch_on_the_login_page_works_before_signing_in()
    {
        using var browser = factory.Browser();
        var form = HtmlForm.Find(await PageAsync(browser, "/Account/Login"), "/Account/Language");

        using var response = await form.SubmitAsync(browser, new Dictionary<string, string> { ["language"] = "kk" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"kk\">", await PageAsync(browser, "/Account/Login"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.Chair, new[] { "/Cases", "/Cases/New", "/Approvals" }, new string[0])]
    [InlineData(DemoUsers.Mediator, new[] { "/Cases", "/Cases/New" }, new[] { "/Approvals" })]
    [InlineData(DemoUsers.TraineeOne, new string[0], new[] { "/Cases", "/Cases/New", "/Approvals" })]
    [InlineData(DemoUsers.Analyst, new string[0], new[] { "/Cases", "/Cases/New", "/Approvals", "/Admin" })]
    [InlineData(DemoUsers.Admin, new[] { "/Admin" }, new[] { "/Cases", "/Cases/New", "/Approvals" })]
    [InlineData(DemoUsers.Trainer, new string[0], new[] { "/Admin" })]
    public async Task Menu_offers_casework_to_mediators_and_chairs_and_approvals_to_chairs(string user, string[] offered, string[] withheld)
    {
        using var browser = await factory.PageClientAsync(user);
        var page = await PageAsync(browser, "/Profile");

        foreach (var link in offered)
        {
            Assert.Contains($"href=\"{link}\"", page, StringComparison.Ordinal);
        }

        foreach (var link in withheld)
        {
            Assert.DoesNotContain($"href=\"{link}\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/Profile\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.Analyst, true)]
    [InlineData(DemoUsers.Chair, true)]
    [InlineData(DemoUsers.Mediator, false)]
    [InlineData(DemoUsers.TraineeOne, false)]
    public async Task Menu_offers_figures_to_analysts_and_chairs(string user, bool offered)
    {
        using var browser = await factory.PageClientAsync(user);
        var page = await PageAsync(browser, "/Profile");

        Assert.Equal(offered, System.Text.RegularExpressions.Regex.IsMatch(page, "href=\"/Councils/\\d+/Figures\""));
    }

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetPathAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestRequests.Ct);
    }
}
