using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MediationFlow.Web.Tests.Security;

/// <summary>
/// Every kind of response carries the security headers: pages, redirects, API answers and refusals, static
/// files, the API reference, and errors. HSTS and secure cookies only over https.
/// </summary>
public sealed partial class SecurityHeadersTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    public static TheoryData<string> Addresses =>
    [
        "/Account/Login",
        "/",
        "/Cases/1",
        "/api/v1/cases",
        "/api/v1/cases/not-a-number",
        "/css/site.css",
        "/js/diagram.js",
        "/api/docs/",
        "/openapi/v1.json",
        "/healthz",
        "/no-such-page",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_response_carries_the_security_headers(string address)
    {
        using var client = factory.Anonymous();

        using var response = await client.GetPathAsync(address);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Matches(@"(^|;\s*)script-src 'self' 'nonce-[A-Za-z0-9+/=]+'\s*(;|$)", csp);
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-inline", Directive(csp, "script-src"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "No HSTS over plain http.");
    }

    [Fact]
    public async Task A_server_error_page_of_the_api_carries_them_too()
    {
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await api.PostRawAsync(CaseApi.Cases, "{\"councilId\":");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_response_has_its_own_nonce()
    {
        using var client = factory.Anonymous();

        using var first = await client.GetPathAsync("/Account/Login");
        using var second = await client.GetPathAsync("/Account/Login");

        Assert.NotEqual(Nonce(Header(first, "Content-Security-Policy")), Nonce(Header(second, "Content-Security-Policy")));
    }

    [Fact]
    public async Task The_api_reference_runs_only_scripts_with_the_responses_nonce()
    {
        using var client = factory.Anonymous();

        using var response = await client.GetPathAsync("/api/docs/");

        var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        var nonce = Nonce(Header(response, "Content-Security-Policy"));
        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        // The attribute may spell the nonce's '+' as a character reference; the browser reads it decoded.
        Assert.All(scripts, script => Assert.Equal(nonce, WebUtility.HtmlDecode(NonceAttribute().Match(script).Groups["nonce"].Value)));
        Assert.DoesNotMatch("(?i)(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public async Task Over_https_the_answer_has_hsts_and_the_antiforgery_cookie_is_secure()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://councils.example/"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });

        using var response = await client.GetPathAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_http_the_antiforgery_cookie_works_without_https()
    {
        using var client = factory.Anonymous();

        using var response = await client.GetPathAsync("/Account/Login");

        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no {name} header.");

    private static string Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal));

    private static string Nonce(string csp) => NonceSource().Match(csp).Groups["nonce"].Value;

    [GeneratedRegex("'nonce-(?<nonce>[^']+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex("\\snonce=\"(?<nonce>[^\"]*)\"")]
    private static partial Regex NonceAttribute();

    [GeneratedRegex("<script\\b[^>]*>")]
    private static partial Regex ScriptTag();
}
