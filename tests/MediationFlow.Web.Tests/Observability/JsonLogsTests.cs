using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Observability;

/// <summary>MediationFlow:JsonLogs: the host, run as an operator runs it, writes its log as one JSON object a line, each request's lines with its trace id.</summary>
public sealed partial class JsonLogsTests : IDisposable
{
    private const string Trace = "0af7651916cd43dd8448eb211c80319c";
    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-jsonlogs-").FullName;

    [Fact]
    public async Task Switched_on_every_log_line_is_JSON_with_time_level_category_message_and_the_request_trace_id()
    {
        using var host = HostProcess.Start(_folder, "--data", Path.Combine(_folder, "data"), "--environment", "Production", "--urls", "http://127.0.0.1:0",
            "--MediationFlow:JsonLogs=true", "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information");
        var listening = Parse(await host.LineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal)));
        var url = Address().Match(listening.GetProperty("Message").GetString()!).Value;

        using (var client = new HttpClient { BaseAddress = new Uri(url) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
            request.Headers.Add("traceparent", $"00-{Trace}-b7ad6b7169203331-01");
            using var response = await client.SendAsync(request, TestRequests.Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(("Information", "Microsoft.Hosting.Lifetime"), (listening.GetProperty("LogLevel").GetString(), listening.GetProperty("Category").GetString()));
        Assert.True(DateTimeOffset.TryParse(listening.GetProperty("Timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var requestLine = Parse(await host.LineAsync(l => l.Contains(Trace, StringComparison.Ordinal)));
        Assert.Equal("Microsoft.AspNetCore.Hosting.Diagnostics", requestLine.GetProperty("Category").GetString());
        Assert.Contains(requestLine.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("TraceId", out var id) && id.GetString() == Trace);

        // The log, not the first-run notices printed for the operator, is what a collector reads.
        Assert.All(host.Output.Where(l => !l.StartsWith("MediationFlow: ", StringComparison.Ordinal)), l => Parse(l));
    }

    private static JsonElement Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }

    public void Dispose() => MediationFlowFactory.DeleteQuietly(_folder);

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
