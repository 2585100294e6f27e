using System.Net;
using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Security;

/// <summary>
/// Signing a person out everywhere: the 8-hour bearer token from signing in and the pages' cookie stop working at
/// once when the account is locked out (by failed attempts, or deactivated) or its password changes. Each test
/// works with a person of its own, so that the others keep signing in.
/// </summary>
public sealed class SignOutEverywhereTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const string NewPassword = "Kokshetau-Zhana-2099";

    [Fact]
    public async Task A_new_password_ends_the_bearer_token_and_the_page_cookie()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Analyst);
        using var browser = await factory.PageClientAsync(DemoUsers.Analyst);
        await AssertSignedInAsync(api, browser);

        await WithAccountAsync(DemoUsers.Analyst, (users, user) => users.ChangePasswordAsync(user, DemoUsers.Password, NewPassword));

        await AssertSignedOutAsync(api, browser);
        using var again = await factory.PageClientAsync(DemoUsers.Analyst, NewPassword);
        using var page = await again.GetPathAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Deactivating_the_account_ends_the_bearer_token_and_the_page_cookie()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.OtherMediator);
        using var browser = await factory.PageClientAsync(DemoUsers.OtherMediator);
        await AssertSignedInAsync(api, browser);

        await WithAccountAsync(DemoUsers.OtherMediator, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));

        await AssertSignedOutAsync(api, browser);
    }

    [Fact]
    public async Task Failed_attempts_that_lock_the_account_out_end_the_bearer_token_and_the_page_cookie()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.TraineeOne);
        using var browser = await factory.PageClientAsync(DemoUsers.TraineeOne);
        await AssertSignedInAsync(api, browser);

        using var anonymous = factory.Anonymous();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var refused = await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = DemoUsers.TraineeOne, password = "not-the-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        await AssertSignedOutAsync(api, browser);
    }

    [Fact]
    public async Task Another_persons_new_password_leaves_a_token_working()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Trainer);

        await WithAccountAsync(DemoUsers.TraineeTwo, (users, user) => users.ChangePasswordAsync(user, DemoUsers.Password, NewPassword));

        using var inbox = await api.GetPathAsync("/api/v1/inbox");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    private static async Task AssertSignedInAsync(HttpClient api, HttpClient browser)
    {
        using var inbox = await api.GetPathAsync("/api/v1/inbox");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        using var page = await browser.GetPathAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static async Task AssertSignedOutAsync(HttpClient api, HttpClient browser)
    {
        using var inbox = await api.GetPathAsync("/api/v1/inbox");
        await inbox.ProblemAsync(HttpStatusCode.Unauthorized);
        using var page = await browser.GetPathAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/Login", page.Headers.Location?.AbsolutePath);
    }

    private async Task WithAccountAsync(string userName, Func<UserManager<User>, User, Task<IdentityResult>> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var result = await change(users, (await users.FindByNameAsync(userName))!);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
