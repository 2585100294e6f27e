using System.Text.Json.Nodes;
using MediationFlow.Web.Presentation;
using Microsoft.OpenApi;

namespace MediationFlow.Web.Api;

/// <summary>The ProblemDetails bodies, as JSON schemas the responses refer to.</summary>
internal static class ProblemSchemas
{
    private const string Problem = "Problem", Validation = "ValidationProblem", Stale = "StaleVersionProblem", Refused = "ActionRefusedProblem";

    public static string NameFor(RefusalKind kind) => kind switch
    {
        _ when kind == RefusalTable.InvalidFields => Validation,
        _ when kind == RefusalTable.StaleVersion => Stale,
        _ when kind == RefusalTable.RoleRequired || kind == RefusalTable.ActionNotAvailable => Refused,
        _ => Problem,
    };

    public static IEnumerable<(string Name, IOpenApiSchema Schema)> All(OpenApiDocument document)
    {
        yield return (Problem, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A refusal (RFC 9457). `type` says which; `title` and `detail` are in the reader's language.",
            Required = new HashSet<string> { "type", "title", "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("The kind of refusal, one of the `/problems/…` types; compare it, not the title.", "uri-reference"),
                ["title"] = Text("What went wrong, in the reader's language."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status." },
                ["detail"] = Text("This occurrence, in the reader's language."),
                ["instance"] = Text("The request that was refused.", "uri-reference"),
            },
        });
        yield return (Validation, Extends(document, "Invalid fields (`/problems/invalid-fields`): each field's reasons.", new Dictionary<string, IOpenApiSchema>
        {
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "By field: the JSON path in the body (`input.<name>` for an action's input, `$` for the body itself) or the query parameter.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("A reason, in the reader's language.") },
            },
        }, "errors"));
        yield return (Stale, Extends(document, "The case changed since `expectedVersion` (`/problems/stale-version`): the case as it is now.", new Dictionary<string, IOpenApiSchema>
        {
            ["caseId"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
            ["currentState"] = Text("The state the case is in now (its id in the workflow definition)."),
            ["currentVersion"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "Send this as `expectedVersion` once you have read the case again." },
        }, "caseId", "currentState", "currentVersion"));
        yield return (Refused, Extends(document, "The workflow refused the action (`/problems/action-not-available`, or `/problems/role-required` when only your role stands in the way).", new Dictionary<string, IOpenApiSchema>
        {
            ["refusal"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "`NotAvailable`: not from the case's state; `Blocked`: a role or a guard blocks it.",
                Enum = [JsonValue.Create("NotAvailable"), JsonValue.Create("Blocked")],
            },
            ["reasons"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("Why, in the reader's language."), Description = "Every reason the action is refused." },
        }, "refusal", "reasons"));
    }

    private static OpenApiSchema Text(string description, string? format = null) =>
        new() { Type = JsonSchemaType.String, Description = description, Format = format };

    private static OpenApiSchema Extends(OpenApiDocument document, string description, Dictionary<string, IOpenApiSchema> properties, params string[] required) => new()
    {
        Description = description,
        AllOf =
        [
            new OpenApiSchemaReference(Problem, document),
            new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties, Required = new HashSet<string>(required) },
        ],
    };
}
