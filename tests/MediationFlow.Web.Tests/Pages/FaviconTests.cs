using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>Every page names its icon, and the icon is served (a browser tab or bookmark shows it, and asks for no missing file).</summary>
public sealed class FaviconTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Icon_is_served_and_every_page_links_it(string path, string mediaType)
    {
        using var browser = factory.Browser();

        using var icon = await browser.GetPathAsync(path);
        using var login = await browser.GetPathAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal(mediaType, icon.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await icon.Content.ReadAsByteArrayAsync(TestRequests.Ct));
        Assert.Contains($"<link rel=\"icon\" href=\"{path}\"", await login.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
    }
}
