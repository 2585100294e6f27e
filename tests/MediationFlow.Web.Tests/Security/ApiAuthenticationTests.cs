using System.Net;
using System.Net.Http.Headers;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Security;

/// <summary>
/// The API takes bearer tokens only: no token, a forged one, or a browser's sign-in cookie is 401, so a
/// page a user has open cannot be used to call the API on their behalf (no CSRF).
/// </summary>
public sealed class ApiAuthenticationTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    /// <summary>Placeholders for the paths; a refused request never reaches them.</summary>
    private static readonly MarkerCase AnyCase = new(1, "AKM-BUR-2026-0001", 1, 1);

    [Theory]
    [MemberData(nameof(AccessMatrix.ProtectedApiEndpoints), MemberType = typeof(AccessMatrix))]
    public async Task Without_a_token_the_api_answers_401_problem(string endpoint)
    {
        using var anonymous = factory.Anonymous();

        await AssertRefusedAsync(anonymous, endpoint);
    }

    [Theory]
    [MemberData(nameof(AccessMatrix.ProtectedApiEndpoints), MemberType = typeof(AccessMatrix))]
    public async Task Sign_in_cookie_alone_does_not_open_the_api(string endpoint)
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Chair);
        using var page = await browser.GetPathAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        await AssertRefusedAsync(browser, endpoint);
    }

    [Theory]
    [MemberData(nameof(AccessMatrix.ProtectedApiEndpoints), MemberType = typeof(AccessMatrix))]
    public async Task Forged_token_is_401(string endpoint)
    {
        using var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-real-token");

        await AssertRefusedAsync(client, endpoint);
    }

    private static async Task AssertRefusedAsync(HttpClient client, string endpoint)
    {
        using var request = AccessMatrix.Endpoint(endpoint).Request(DemoUsers.Chair, AnyCase);
        using var response = await client.SendAsync(request, TestRequests.Ct);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }
}
