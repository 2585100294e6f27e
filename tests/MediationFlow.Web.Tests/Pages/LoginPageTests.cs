using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>/Account/Login: a cookie for the pages, with antiforgery and safe redirects.</summary>
public sealed class LoginPageTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Login_page_is_a_form_with_an_antiforgery_token()
    {
        using var browser = factory.Browser();

        using var response = await browser.GetPathAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Contains("name=\"Password\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(LoginPage.AntiforgeryToken(html));
    }

    [Fact]
    public async Task Signing_in_sets_the_session_cookie_and_opens_the_inbox()
    {
        using var browser = factory.Browser();

        using var response = await LoginPage.SubmitAsync(browser, DemoUsers.Chair, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));

        // The chair's profile language (Kazakh) goes with the sign-in.
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("kk", StringComparison.Ordinal));

        using var inbox = await browser.GetPathAsync("/");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        var html = WebUtility.HtmlDecode(await inbox.Content.ReadAsStringAsync(TestRequests.Ct));
        Assert.Contains("<html lang=\"kk\">", html, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.BurabayCode + "-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_the_error_on_the_page_without_signing_in()
    {
        using var browser = factory.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        using var response = await LoginPage.SubmitAsync(browser, DemoUsers.Trainer, "Wrong-Password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
        Assert.Contains("Неверное имя пользователя или пароль.", html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Form_posted_without_its_antiforgery_token_is_refused()
    {
        using var browser = factory.Browser();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = DemoUsers.Chair, ["Password"] = DemoUsers.Password });

        using var response = await browser.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, TestRequests.Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/?from=login", "/?from=login")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    public async Task Return_url_is_followed_only_within_the_site(string returnUrl, string location)
    {
        using var browser = factory.Browser();

        using var response = await LoginPage.SubmitAsync(browser, DemoUsers.Mediator, DemoUsers.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Inbox_without_a_session_redirects_to_the_login_page()
    {
        using var anonymous = factory.Anonymous();

        using var response = await anonymous.GetPathAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2F", response.Headers.Location?.Query);
    }
}
