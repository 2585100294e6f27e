using MediationFlow.Web.Presentation;

namespace MediationFlow.Web.Api;

/// <summary>The refusals an endpoint may answer with, besides 401 (any signed-in endpoint) and 400 (any endpoint with a body).</summary>
public sealed record RefusalsMetadata(IReadOnlyList<RefusalKind> Kinds);

/// <summary>Declares on an endpoint which rows of <see cref="RefusalTable"/> it may answer with, for the OpenAPI document.</summary>
public static class EndpointRefusals
{
    public static TBuilder Refuses<TBuilder>(this TBuilder builder, params RefusalKind[] kinds)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RefusalsMetadata(kinds));
}
