using System.Net;
using System.Net.Http.Headers;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>Sign-ins carried from one host to another, as a load balancer hands a browser or an API client to another instance.</summary>
public static class SignIns
{
    private const string SessionCookie = ".AspNetCore.Identity.Application";

    /// <summary>The session cookie (every chunk of it) the login page sets, as a Cookie header value.</summary>
    public static async Task<string> SessionCookieAsync(MediationFlowFactory factory, string userName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var browser = factory.Browser();
        using var response = await LoginPage.SubmitAsync(browser, userName, DemoUsers.Password);
        var session = response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(SessionCookie, StringComparison.Ordinal)).Select(c => c.Split(';')[0]).ToList();
        return session.Count > 0 ? string.Join("; ", session) : throw new InvalidOperationException($"Signing in as {userName} set no session cookie.");
    }

    /// <summary>How <paramref name="factory"/> answers the inbox page to a browser that sends <paramref name="cookie"/>.</summary>
    public static async Task<HttpStatusCode> InboxPageWithCookieAsync(MediationFlowFactory factory, string cookie)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        using var response = await client.GetPathAsync("/");
        return response.StatusCode;
    }

    /// <summary>How <paramref name="factory"/> answers the inbox API to a client that sends <paramref name="token"/>.</summary>
    public static async Task<HttpStatusCode> InboxApiWithTokenAsync(MediationFlowFactory factory, string token)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetPathAsync("/api/v1/inbox");
        return response.StatusCode;
    }
}
