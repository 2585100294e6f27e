using System.Net;
using System.Net.Http.Headers;
using MediationFlow.Web.Hosting;
using MediationFlow.Web.Security;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Observability;

/// <summary>
/// /metrics in Prometheus's format, answered to the machine itself or to a scraper with the configured token, and
/// refused to anyone else: another address, a wrong token, or a request relayed by a proxy on this machine.
/// </summary>
public sealed class ScrapeAccessTests
{
    private const string Token = "a-scrape-token-of-at-least-32-characters";
    private static readonly IPAddress Outside = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task The_machine_itself_reads_the_product_and_ASP_NET_Core_metrics_without_a_token()
    {
        await using var factory = new PeerFactory(IPAddress.Loopback);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var inbox = await mediator.GetPathAsync("/api/v1/cases");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        using var scraper = factory.Anonymous();

        using var response = await scraper.GetPathAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Contains("mediationflow_requests_handled_total{", text, StringComparison.Ordinal);
        Assert.Contains("mediationflow_requests_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_address_without_a_token_is_refused_and_sees_no_figures()
    {
        await using var factory = new PeerFactory(Outside, Token);
        using var scraper = factory.Anonymous();

        using var response = await scraper.GetPathAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("mediationflow_", await response.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-the-token-but-just-as-long-as-it-is")]
    [InlineData("a-scrape-token-of-at-least-32-characters-and-more")]
    [InlineData("")]
    public async Task Another_address_with_a_wrong_token_is_refused(string presented)
    {
        await using var factory = new PeerFactory(Outside, Token);
        using var scraper = factory.Anonymous();
        scraper.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + presented);

        using var response = await scraper.GetPathAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Another_address_with_the_token_reads_the_metrics()
    {
        await using var factory = new PeerFactory(Outside, Token);
        using var scraper = factory.Anonymous();
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await scraper.GetPathAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# TYPE ", await response.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_token_another_address_is_refused_whatever_it_presents()
    {
        await using var factory = new PeerFactory(Outside);
        using var scraper = factory.Anonymous();
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await scraper.GetPathAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("127.0.0.1")]
    public async Task A_request_relayed_by_the_proxy_on_this_machine_is_refused_even_when_it_claims_to_come_from_loopback(string forwardedFor)
    {
        await using var factory = new PeerFactory(IPAddress.Loopback);
        using var scraper = factory.Anonymous();
        scraper.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);

        using var response = await scraper.GetPathAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("thirty-one-characters-is-short!")]
    public void A_token_short_enough_to_guess_stops_the_host_naming_the_setting(string token)
    {
        var refused = Assert.Throws<InvalidSettingException>(() => ScrapeAccess.Require(new MediationFlowOptions { MetricsToken = token }));

        Assert.Equal("MediationFlow:MetricsToken", refused.Setting);
    }

    /// <summary>The host as a client at <paramref name="peer"/> reaches it: the in-memory server has no socket to take the address from.</summary>
    private sealed class PeerFactory(IPAddress peer, string? token = null) : MediationFlowFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = token is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["MediationFlow:MetricsToken"] = token };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new PeerAddress(peer)));
        }
    }

    private sealed class PeerAddress(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return then(context);
            });
            next(app);
        };
    }
}
