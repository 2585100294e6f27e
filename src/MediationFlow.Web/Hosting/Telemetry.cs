using System.Diagnostics;
using System.Net;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Telemetry;
using MediationFlow.Web.Localization;
using MediationFlow.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MediationFlow.Web.Hosting;

/// <summary>
/// What an operator watches the service by: metrics (ASP.NET Core, EF Core, Npgsql and the product's own) for a
/// Prometheus scraper at /metrics, traces and metrics to an OpenTelemetry collector when one is configured, health
/// checks for a load balancer, and the log as JSON lines when asked.
/// </summary>
public static class Telemetry
{
    public const string MetricsPath = "/metrics";
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/healthz/ready";
    private const string ServiceName = "MediationFlow";
    private const string ReadyTag = "ready";

    public static void AddMediationFlowTelemetry(this WebApplicationBuilder builder, MediationFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.JsonLogs)
        {
            // Scopes carry the request's TraceId and SpanId, the ids its error response and its trace show.
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(ProductMetrics.MeterName, "Microsoft.EntityFrameworkCore")
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter());
        if (OtlpEndpoint(options) is { } endpoint)
        {
            // Spans are recorded only when they have somewhere to go; every request has its trace id either way.
            telemetry.WithTracing(t => t.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation().AddNpgsql())
                .UseOtlpExporter(OtlpExportProtocol.HttpProtobuf, endpoint);
        }

        ScrapeAccess.Require(options);
        builder.Services.Configure<ForwardedHeadersOptions>(o => TrustProxies(o, options));
        builder.Services.AddHealthChecks().AddDbContextCheck<MediationDbContext>("database", tags: [ReadyTag], customTestQuery: AnswersAsync);
    }

    /// <summary>Liveness (the process answers) and readiness (it can also use its database), and the scrape endpoint behind <see cref="ScrapeAccess"/>.</summary>
    public static void MapMediationFlowTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: scrape => scrape.UseMiddleware<ScrapeAccess>(), optionsName: null);
    }

    /// <summary>The id of the request's trace (W3C, 32 hex digits): what its log lines and its spans carry.</summary>
    public static string TraceId(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
    }

    /// <summary>A query on a table every database has, on whichever provider: a connection that opens but a schema that is missing is not ready.</summary>
    private static async Task<bool> AnswersAsync(MediationDbContext db, CancellationToken cancellationToken)
    {
        await db.Councils.AsNoTracking().AnyAsync(cancellationToken);
        return true;
    }

    private static Uri? OtlpEndpoint(MediationFlowOptions options)
    {
        if (options.OtlpEndpoint is not { Length: > 0 } text)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidSettingException($"{MediationFlowOptions.Section}:{nameof(options.OtlpEndpoint)}", UiText.Get("SettingNotAddress"));
    }

    /// <summary>A proxy on this machine is trusted by default; one elsewhere only when named, so nobody else can claim another client address.</summary>
    private static void TrustProxies(ForwardedHeadersOptions forwarded, MediationFlowOptions options)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in options.TrustedProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidSettingException($"{MediationFlowOptions.Section}:{nameof(options.TrustedProxies)}", UiText.Get("SettingNotIpAddress")));
        }
    }
}
