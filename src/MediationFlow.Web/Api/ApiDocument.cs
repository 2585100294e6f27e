using System.Text;
using MediationFlow.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediationFlow.Web.Api;

/// <summary>
/// What the OpenAPI document says beyond what the endpoints declare: how to sign in (bearer), what each tag
/// holds, the licence, and every refusal an operation may answer with, described from <see cref="RefusalTable"/>
/// so the document and the answers cannot drift apart.
/// </summary>
public static class ApiDocument
{
    public const string BearerScheme = "bearer";

    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        [ApiTags.SignIn] = "Get a bearer token with a user name and password. Scripts and other systems use a personal access token instead (see Access tokens).",
        [ApiTags.Cases] = "Council cases: search, intake, the case with its parties, the workflow actions you may take now, and its history. You see only the cases of your councils that your role lets you see; any other case is 404.",
        [ApiTags.Councils] = "Figures of a council and the councils under it, for their analysts and chairs: counts only, never case content. "
            + "The council's register of mediators, kept by its chairs and administrators and those of the councils above it.",
        [ApiTags.AccessTokens] = "Your personal access tokens (`mf_…`) for scripts and other systems: they act with your rights and stop working when revoked, when they expire, or when your account is locked out or deactivated.",
        [ApiTags.Workshops] = "Training workshops: a trainer runs a scenario on sandbox cases worked by teams of trainees, moves the workshop clock and reads the debrief. Sandbox cases are never real cases.",
        [ApiTags.Work] = "What needs you now: the inbox, the chair's approvals queue and your notifications.",
        [ApiTags.Administration] = "For administrators: the council tree (browse, add, rename, move, close), the people who sign in (add, edit, deactivate, reactivate, reset a password), their roles per council, and bulk import of councils and people from .xlsx or .csv. Never case content; anyone else gets 403.",
    };

    public static void Describe(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddOperationTransformer(DescribeOperation);
        options.AddDocumentTransformer(DescribeDocument);
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "MediationFlow API";
        document.Info.Description = Introduction();
        // No licence has been granted for MediationFlow: the document says so rather than invent one.
        document.Info.License = new OpenApiLicense { Name = "Proprietary: all rights reserved, no licence granted", Identifier = "LicenseRef-MediationFlow-Proprietary" };
        // Relative: the API is wherever this document was served from, also behind a proxy that renames the host.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The server this document came from." }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Either the `accessToken` from POST /api/v1/auth/login (valid for 8 hours) or a personal access token `mf_…` "
                + "(made on the profile page or with POST /api/v1/tokens). The pages' sign-in cookie is not accepted here.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, schema) in ProblemSchemas.All(document))
        {
            document.Components.Schemas[name] = schema;
        }

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in Tags)
        {
            var tag = document.Tags.FirstOrDefault(t => t.Name == name);
            if (tag is null)
            {
                document.Tags.Add(new OpenApiTag { Name = name, Description = description });
            }
            else
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }

    private static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        operation.Security = signedIn
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }]
            : [];

        var kinds = metadata.OfType<RefusalsMetadata>().SelectMany(r => r.Kinds).ToList();
        if (signedIn)
        {
            kinds.Add(RefusalTable.SignInRequired);
        }

        if (context.Description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body)
            || metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>().Any())
        {
            kinds.Add(RefusalTable.InvalidFields);
        }

        operation.Responses ??= new OpenApiResponses();
        foreach (var byStatus in kinds.Distinct().GroupBy(k => k.Status).OrderBy(g => g.Key))
        {
            operation.Responses[byStatus.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response([.. byStatus], context.Document);
        }

        return Task.CompletedTask;
    }

    /// <summary>One status may stand for two refusals (403, 409): the description names each `type`, the schema is either.</summary>
    private static OpenApiResponse Response(IReadOnlyList<RefusalKind> kinds, OpenApiDocument? document)
    {
        var description = new StringBuilder();
        foreach (var kind in kinds)
        {
            description.Append(description.Length == 0 ? string.Empty : "\n\n").Append('`').Append(kind.Type).Append("`: ").Append(kind.Meaning);
        }

        var schemas = kinds.Select(k => ProblemSchemas.NameFor(k)).Distinct().Select(name => (IOpenApiSchema)new OpenApiSchemaReference(name, document)).ToList();
        return new OpenApiResponse
        {
            Description = description.ToString(),
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new() { Schema = schemas.Count == 1 ? schemas[0] : new OpenApiSchema { OneOf = schemas } },
            },
        };
    }

    private static string Introduction()
    {
        var text = new StringBuilder(
            "Case management for the Public Accord Councils: cases and their workflow actions, history, the inbox, approvals, "
            + "council figures, personal access tokens and training workshops.\n\n"
            + "Sign in with POST /api/v1/auth/login, or use a personal access token, and send it as `Authorization: Bearer …`. "
            + "Texts come in the language of `Accept-Language` (kk, ru, en).\n\n"
            + "Every refusal is a ProblemDetails (RFC 9457, `application/problem+json`). Tell refusals apart by `type`; "
            + "`title` and `detail` are for people, in their language. A 409 has two meanings: `/problems/stale-version` "
            + "(the case changed since your `expectedVersion`: read it again) and `/problems/action-not-available` "
            + "(the case cannot take this action now, whatever the version). The types:\n");
        foreach (var kind in RefusalTable.All)
        {
            text.Append("\n- `").Append(kind.Type).Append("` (").Append(kind.Status).Append("): ").Append(kind.Meaning);
        }

        return text.ToString();
    }
}

/// <summary>The API's tags, as the endpoints and the document name them.</summary>
public static class ApiTags
{
    public const string SignIn = "Sign-in";
    public const string Cases = "Cases";
    public const string Councils = "Councils";
    public const string AccessTokens = "Access tokens";
    public const string Workshops = "Workshops";
    public const string Work = "Work";
    public const string Administration = "Administration";
}
