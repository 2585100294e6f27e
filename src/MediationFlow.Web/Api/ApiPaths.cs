namespace MediationFlow.Web.Api;

/// <summary>
/// The addresses machines call (the REST API, its OpenAPI document, the health checks, the metrics): their errors stay
/// ProblemDetails JSON, while every other address is a page a person reads.
/// </summary>
public static class ApiPaths
{
    public static bool Contains(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/healthz")
        || path.StartsWithSegments(Hosting.Telemetry.MetricsPath);
}
