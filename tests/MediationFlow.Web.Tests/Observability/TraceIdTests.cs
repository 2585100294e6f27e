using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Observability;

/// <summary>
/// An error names the request's trace id (W3C, as a caller's traceparent sets it), so the administrator finds the log
/// lines and spans of exactly that request: in ProblemDetails for the API, on the error page for a person.
/// </summary>
public sealed partial class TraceIdTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const string Trace = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Theory]
    [InlineData("/api/v1/cases", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    public async Task An_API_refusal_carries_the_trace_id_of_the_request(string address, HttpStatusCode status)
    {
        using var client = factory.Anonymous();

        using var response = await client.SendAsync(Traced(HttpMethod.Get, address), TestRequests.Ct);

        Assert.Equal(Trace, (await response.ProblemAsync(status))["traceId"].GetString());
    }

    [Fact]
    public async Task Invalid_fields_carry_the_trace_id_beside_the_fields()
    {
        using var client = await factory.ApiClientAsync(DemoUsers.Mediator);
        var request = Traced(HttpMethod.Post, "/api/v1/cases");
        request.Content = System.Net.Http.Json.JsonContent.Create(new { });

        using var response = await client.SendAsync(request, TestRequests.Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.Fields);
        Assert.Equal(Trace, problem["traceId"].GetString());
    }

    [Fact]
    public async Task Without_a_traceparent_every_refusal_still_has_a_trace_id_of_its_own()
    {
        using var client = factory.Anonymous();

        using var first = await client.GetPathAsync("/api/v1/cases");
        using var second = await client.GetPathAsync("/api/v1/cases");

        var ids = new[] { first, second }.Select(async r => (await r.ProblemAsync(HttpStatusCode.Unauthorized))["traceId"].GetString()!).Select(t => t.Result).ToList();
        Assert.All(ids, id => Assert.Matches(TraceIdShape(), id));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task The_error_page_shows_the_trace_id_of_the_request()
    {
        using var client = factory.Anonymous();

        using var response = await client.SendAsync(Traced(HttpMethod.Get, "/no-such-page"), TestRequests.Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<code data-testid=\"error-trace-id\">{Trace}</code>", await response.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Traced(HttpMethod method, string address)
    {
        var request = TestRequests.Request(method, address);
        request.Headers.Add("traceparent", $"00-{Trace}-00f067aa0ba902b7-01");
        return request;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceIdShape();
}
