using System.Net;
using System.Net.Http.Headers;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Security;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>Personal access tokens: made once, used as "Bearer mf_…", with the owner's rights only, until revoked or expired.</summary>
public sealed class AccessTokenApiTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task A_token_signs_a_script_in_as_its_owner_until_it_is_revoked()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var made = await mediator.PostJsonAsync("/api/v1/tokens", new { name = "Отчёт", days = 30 });
        var created = await made.JsonAsync(HttpStatusCode.Created);
        var token = created.GetProperty("token").GetString()!;
        using var script = WithToken(token);

        using (var inbox = await script.GetPathAsync("/api/v1/inbox"))
        {
            await inbox.JsonAsync(HttpStatusCode.OK);
        }

        using (var mine = await script.GetPathAsync("/api/v1/tokens"))
        {
            Assert.Contains((await mine.JsonAsync(HttpStatusCode.OK)).EnumerateArray(), t => t.GetProperty("id").GetInt64() == created.GetProperty("id").GetInt64());
        }

        using (var revoked = await mediator.DeleteAsync(new Uri($"/api/v1/tokens/{created.GetProperty("id").GetInt64()}", UriKind.Relative), TestRequests.Ct))
        {
            await revoked.JsonAsync(HttpStatusCode.OK);
        }

        using var refused = await script.GetPathAsync("/api/v1/inbox");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_token_carries_its_owners_rights_and_no_more()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var burabayCase = await mediator.OpenCaseAsync(CaseApi.NewCase(await factory.CouncilIdAsync(DemoUsers.BurabayCode)));
        using var other = await factory.ApiClientAsync(DemoUsers.OtherMediator);
        using var made = await other.PostJsonAsync("/api/v1/tokens", new { name = "Zerendi script", days = 1 });
        using var script = WithToken((await made.JsonAsync(HttpStatusCode.Created)).GetProperty("token").GetString()!);

        using var response = await script.GetPathAsync($"/api/v1/cases/{burabayCase.Id}");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_or_expired_token_is_refused()
    {
        var expired = AccessTokenSecret.New();
        var mediator = await factory.UserIdAsync(DemoUsers.Mediator);
        await factory.QueryAsync(db =>
        {
            db.AccessTokens.Add(new AccessToken
            {
                UserId = mediator,
                Name = "old",
                Hash = AccessTokenSecret.Hash(expired),
                Hint = expired[^4..],
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-40),
                ExpiresAt = DateTimeOffset.UtcNow.AddDays(-10),
            });
            return db.SaveChangesAsync();
        });

        foreach (var token in new[] { expired, AccessTokenSecret.New() })
        {
            using var script = WithToken(token);
            using var response = await script.GetPathAsync("/api/v1/inbox");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_profile_page_shows_a_new_token_once_and_revokes_it()
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Chair);
        using var profile = await browser.GetPathAsync("/Profile");
        var form = HtmlForm.Find(await profile.Content.ReadAsStringAsync(TestRequests.Ct), "/Profile?handler=CreateToken");

        using var made = await form.SubmitAsync(browser, new Dictionary<string, string> { ["TokenName"] = "Выгрузка показателей", ["TokenDays"] = "7" });

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.True(made.Headers.CacheControl?.NoStore, "The page with the token must not be cached.");
        var page = await made.Content.ReadAsStringAsync(TestRequests.Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "<code data-testid=\"token-value\">(mf_[A-Za-z0-9_-]+)</code>").Groups[1].Value;
        using var script = WithToken(token);
        using (var works = await script.GetPathAsync("/api/v1/approvals"))
        {
            await works.JsonAsync(HttpStatusCode.OK);
        }

        using var again = await browser.GetPathAsync("/Profile");
        var html = await again.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.DoesNotContain(token, html, StringComparison.Ordinal);
        using var revoked = await HtmlForm.Find(html, "/Profile?handler=RevokeToken").SubmitAsync(browser);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using var refused = await script.GetPathAsync("/api/v1/approvals");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private HttpClient WithToken(string token)
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
