using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// A person who mistypes an address, sends a form the page cannot take, or meets a defect gets a page in their
/// language with the menu and a way back; a machine calling /api/... still gets ProblemDetails JSON.
/// </summary>
public sealed class ErrorPageTests(ErrorPageTests.Host host) : IClassFixture<ErrorPageTests.Host>
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task Mistyped_address_is_a_404_page_in_the_readers_language(string language)
    {
        using var browser = host.Browser();

        using var response = await browser.GetPathAsync("/Casess/12", language);
        var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains(PageText.Get("ErrorTitle.404", language), PageText.Readable(html), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-back\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_reader_keeps_the_menu_and_the_way_back_to_the_inbox()
    {
        using var chair = await host.PageClientAsync(DemoUsers.Chair);

        using var response = await chair.GetPathAsync("/Approval");
        var html = PageText.Readable(await response.Content.ReadAsStringAsync(TestRequests.Ct));

        // The chair's profile language (Kazakh) is the page's, whatever the browser asks for.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"kk\">", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Approvals\"", html, StringComparison.Ordinal);
        Assert.Contains(PageText.Get("BackToInbox", "kk"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_without_its_antiforgery_token_is_a_400_page()
    {
        using var mediator = await host.PageClientAsync(DemoUsers.Mediator);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["trigger"] = "acceptForMediation", ["expectedVersion"] = "1" });

        using var response = await mediator.PostAsync(new Uri("/Cases/1?handler=Action", UriKind.Relative), form, TestRequests.Ct);
        var html = PageText.Readable(await response.Content.ReadAsStringAsync(TestRequests.Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-status=\"400\"", html, StringComparison.Ordinal);
        Assert.Contains(PageText.Get("ErrorTitle.400", "ru"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Method_a_page_address_does_not_answer_is_a_405_page()
    {
        using var browser = host.Browser();

        using var response = await browser.SendAsync(TestRequests.Request(HttpMethod.Post, Host.GetOnly, "en"), TestRequests.Ct);
        var html = PageText.Readable(await response.Content.ReadAsStringAsync(TestRequests.Ct));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("data-status=\"405\"", html, StringComparison.Ordinal);
        Assert.Contains(PageText.Get("ErrorTitle.405", "en"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Defect_is_a_500_page_that_shows_nothing_of_the_exception()
    {
        using var browser = host.Browser();

        using var response = await browser.GetPathAsync(Host.Defect, "ru");
        var html = PageText.Readable(await response.Content.ReadAsStringAsync(TestRequests.Ct));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(PageText.Get("ErrorTitle.500", "ru"), html, StringComparison.Ordinal);
        Assert.DoesNotContain(Host.DefectMessage, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/casess")]
    [InlineData("/api/v1/cases/not-a-number")]
    public async Task Mistyped_API_address_keeps_ProblemDetails(string path)
    {
        using var api = await host.ApiClientAsync(DemoUsers.Mediator);

        using var response = await api.GetPathAsync(path, "ru");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Responses.ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Defect_behind_an_API_address_keeps_ProblemDetails()
    {
        using var browser = host.Browser();

        using var response = await browser.GetPathAsync(Host.ApiDefect);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(Responses.ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The demo host plus two addresses a test needs and no shipped page has: a defect, and a GET-only endpoint.</summary>
    public sealed class Host : MediationFlowFactory
    {
        public const string Defect = "/defect-for-test";
        public const string ApiDefect = "/api/v1/defect-for-test";
        public const string GetOnly = "/get-only-for-test";
        public const string DefectMessage = "A defect planted by the test";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, Planted>());
        }

        /// <summary>Adds the endpoints after the host's own pipeline, so its error handling applies to them as to any page.</summary>
        private sealed class Planted : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.UseEndpoints(e =>
                {
                    e.MapGet(Defect, string () => throw new InvalidOperationException(DefectMessage));
                    e.MapGet(ApiDefect, string () => throw new InvalidOperationException(DefectMessage));
                    e.MapGet(GetOnly, () => "only GET");
                });
            };
        }
    }
}
