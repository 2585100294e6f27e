using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>POST /api/v1/auth/login: a bearer token for the right password, clear refusals otherwise, lockout after five failures.</summary>
public sealed class LoginTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const string Login = "/api/v1/auth/login";

    [Fact]
    public async Task Right_password_gives_a_bearer_token_the_api_accepts()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.PostJsonAsync(Login, new { userName = DemoUsers.Chair, password = DemoUsers.Password });
        var body = await response.JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        var token = body.GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.True(body.GetProperty("expiresIn").GetInt64() > 0);

        using var request = TestRequests.Request(HttpMethod.Get, "/api/v1/inbox");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var inbox = await anonymous.SendAsync(request, TestRequests.Ct);
        await inbox.JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Empty_user_name_and_password_are_400_naming_both()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.PostJsonAsync(Login, new { userName = "", password = "" }, "en");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["password", "userName"], problem.Fields.Order());
        Assert.Equal(["This field is required."], problem.Errors("userName"));
    }

    [Fact]
    public async Task Missing_password_property_is_400_naming_it()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.PostRawAsync(Login, """{"userName":"chair"}""", "en");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["password"], problem.Fields);
        Assert.Equal(["This field is required."], problem.Errors("password"));
    }

    [Fact]
    public async Task Empty_object_is_400_naming_both_fields()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.PostRawAsync(Login, "{}", "en");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["password", "userName"], problem.Fields.Order());
    }

    [Fact]
    public async Task Wrong_password_is_401_problem()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.PostJsonAsync(Login, new { userName = DemoUsers.Mediator, password = "Wrong-Password-1" }, "en");
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("Wrong user name or password.", problem.Detail);
    }

    [Fact]
    public async Task Unknown_user_is_the_same_401_as_a_wrong_password()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.PostJsonAsync(Login, new { userName = "nobody.here", password = DemoUsers.Password }, "en");
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("Wrong user name or password.", problem.Detail);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_is_refused()
    {
        // The analyst is used by no other test of this class, so locking it out disturbs nothing.
        using var anonymous = factory.Anonymous();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await anonymous.PostJsonAsync(Login, new { userName = DemoUsers.Analyst, password = "Wrong-Password-1" }, "en");
            Assert.Equal("Wrong user name or password.", (await failed.ProblemAsync(HttpStatusCode.Unauthorized)).Detail);
        }

        using var fifth = await anonymous.PostJsonAsync(Login, new { userName = DemoUsers.Analyst, password = "Wrong-Password-1" }, "en");
        Assert.Equal("Too many failed attempts; try again in 15 minutes.", (await fifth.ProblemAsync(HttpStatusCode.Unauthorized)).Detail);

        using var right = await anonymous.PostJsonAsync(Login, new { userName = DemoUsers.Analyst, password = DemoUsers.Password }, "en");
        Assert.Equal("Too many failed attempts; try again in 15 minutes.", (await right.ProblemAsync(HttpStatusCode.Unauthorized)).Detail);
        Assert.False(right.Headers.Contains("Set-Cookie"));
    }
}
