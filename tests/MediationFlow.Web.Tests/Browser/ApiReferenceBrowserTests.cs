using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// The interactive API reference at /api/docs works under the security policy and loads nothing from outside
/// the server (no CDN script, no web fonts from elsewhere): councils on closed networks and slow rural links use it.
/// </summary>
public sealed class ApiReferenceBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_api_reference_draws_the_operations_from_this_server_alone()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(The_api_reference_draws_the_operations_from_this_server_alone));
        var browser = await host.BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.RootUri.ToString() });
        var page = await context.NewPageAsync();
        var faults = Person.Listen(page);
        var requested = new List<string>();
        context.Request += (_, request) =>
        {
            lock (requested)
            {
                requested.Add(request.Url);
            }
        };

        var response = await page.GotoAsync("/api/docs");
        Assert.True(response is { Ok: true }, $"GET /api/docs answered {response?.Status}");

        // The reference has read the OpenAPI document: the API's operations are listed.
        await Expect(page.GetByText("/api/v1/auth/login").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await screenshots.TakeAsync(page, "anonymous", "api-reference");

        lock (requested)
        {
            Assert.Contains(requested, url => url.EndsWith("/openapi/v1.json", StringComparison.Ordinal));
            Assert.All(requested, url => Assert.True(
                url.StartsWith(host.RootUri.ToString(), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
                $"The API reference loaded {url} from outside the server."));
        }

        lock (faults)
        {
            Assert.Empty(faults);
        }
    }
}
