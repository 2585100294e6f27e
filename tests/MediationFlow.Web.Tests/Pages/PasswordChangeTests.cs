using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>A person changes their own password on the profile page: the first one an administrator handed over, or one they suspect is known.</summary>
public sealed class PasswordChangeTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const string NewPassword = "Kokshetau-Zhana-2026";

    [Fact]
    public async Task The_new_password_signs_in_the_old_one_no_longer_and_this_browser_stays_signed_in()
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Trainer);

        using var changed = await SubmitAsync(browser, DemoUsers.Password, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/Profile?done=password", changed.Headers.Location?.OriginalString);
        using (var profile = await browser.GetPathAsync("/Profile?done=password"))
        {
            Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
            Assert.Contains("data-testid=\"notice-done\"", await profile.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, await SignInAsync(DemoUsers.Trainer, NewPassword));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(DemoUsers.Trainer, DemoUsers.Password));
    }

    [Theory]
    [InlineData("not-the-password", NewPassword, NewPassword, "currentPassword", "Текущий пароль неверен.")]
    [InlineData(DemoUsers.Password, "Short1a", "Short1a", "newPassword", "В пароле должно быть не меньше 10 символов.")]
    [InlineData(DemoUsers.Password, NewPassword, "Kokshetau-Zhana-2027", "repeatPassword", "Новые пароли не совпадают.")]
    public async Task A_refused_change_names_the_field_in_the_readers_language_and_keeps_the_password(
        string current, string next, string repeat, string field, string message)
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Analyst);

        using var refused = await SubmitAsync(browser, current, next, repeat, "ru");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Contains($"data-field-error=\"{field}\">{message}", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(DemoUsers.Analyst, DemoUsers.Password));
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string current, string next, string repeat, string? language = null)
    {
        using var profile = await browser.GetPathAsync("/Profile", language);
        var form = HtmlForm.Find(await profile.Content.ReadAsStringAsync(TestRequests.Ct), "/Profile?handler=Password");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(form.Action, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(form.Fields)
            {
                ["currentPassword"] = current,
                ["newPassword"] = next,
                ["repeatPassword"] = repeat,
            }),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await browser.SendAsync(request, TestRequests.Ct);
    }

    private async Task<HttpStatusCode> SignInAsync(string user, string password)
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = user, password });
        return response.StatusCode;
    }
}
