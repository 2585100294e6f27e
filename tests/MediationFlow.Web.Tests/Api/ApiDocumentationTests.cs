using System.Globalization;
using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;
using MediationFlow.Web.Tests.Security;

namespace MediationFlow.Web.Tests.Api;

/// <summary>/healthz, the OpenAPI document and the Scalar reference at /api/docs, open to anyone.</summary>
public sealed class ApiDocumentationTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    /// <summary>Every operation of /api/v1, as "METHOD path" with OpenAPI's parameter names.</summary>
    public static readonly string[] Operations =
    [
        "POST /api/v1/auth/login",
        "GET /api/v1/cases",
        "POST /api/v1/cases",
        "GET /api/v1/cases/{id}",
        "GET /api/v1/cases/{id}/actions",
        "GET /api/v1/cases/{id}/mediators",
        "GET /api/v1/cases/{id}/councils",
        "POST /api/v1/cases/{id}/actions/{trigger}",
        "GET /api/v1/cases/{id}/history",
        "GET /api/v1/cases/{id}/file",
        "POST /api/v1/cases/{id}/file",
        "POST /api/v1/cases/{id}/file/documents",
        "GET /api/v1/cases/{id}/file/{entryId}",
        "POST /api/v1/cases/{id}/parties",
        "PUT /api/v1/cases/{id}/parties/{partyId}",
        "PUT /api/v1/cases/{id}/screening",
        "PUT /api/v1/cases/{id}/referral",
        "POST /api/v1/cases/{id}/representatives",
        "PUT /api/v1/cases/{id}/representatives/{representativeId}",
        "DELETE /api/v1/cases/{id}/representatives/{representativeId}",
        "POST /api/v1/cases/{id}/participants",
        "PUT /api/v1/cases/{id}/participants/{participantId}",
        "DELETE /api/v1/cases/{id}/participants/{participantId}",
        "GET /api/v1/cases/{id}/documents/{document}",
        "GET /api/v1/councils/{id}/figures",
        "GET /api/v1/councils/{id}/register",
        "POST /api/v1/councils/{id}/register",
        "PUT /api/v1/councils/{id}/register/{entryId}",
        "POST /api/v1/councils/{id}/register/{entryId}/status",
        "POST /api/v1/councils/{id}/register/{entryId}/training",
        "GET /api/v1/tokens",
        "POST /api/v1/tokens",
        "DELETE /api/v1/tokens/{id}",
        "GET /api/v1/inbox",
        "GET /api/v1/approvals",
        "POST /api/v1/notifications/{id}/read",
        "POST /api/v1/notifications/read",
        "GET /api/v1/workshops",
        "POST /api/v1/workshops",
        "GET /api/v1/workshops/scenarios",
        "GET /api/v1/workshops/{id}",
        "DELETE /api/v1/workshops/{id}",
        "POST /api/v1/workshops/{id}/teams",
        "POST /api/v1/workshops/{id}/start",
        "POST /api/v1/workshops/{id}/clock",
        "POST /api/v1/workshops/{id}/events/{eventId}",
        "GET /api/v1/workshops/{id}/debrief",
        "GET /api/v1/workshops/{id}/debrief.csv",
        "POST /api/v1/workshops/{id}/end",
        "GET /api/v1/admin/councils",
        "POST /api/v1/admin/councils",
        "GET /api/v1/admin/councils/{id}",
        "PUT /api/v1/admin/councils/{id}/names",
        "PUT /api/v1/admin/councils/{id}/parent",
        "POST /api/v1/admin/councils/{id}/close",
        "GET /api/v1/admin/people",
        "POST /api/v1/admin/people",
        "GET /api/v1/admin/people/{id}",
        "PUT /api/v1/admin/people/{id}",
        "POST /api/v1/admin/people/{id}/deactivate",
        "POST /api/v1/admin/people/{id}/reactivate",
        "POST /api/v1/admin/people/{id}/password",
        "POST /api/v1/admin/memberships",
        "POST /api/v1/admin/memberships/revoke",
        "POST /api/v1/admin/import/councils/check",
        "POST /api/v1/admin/import/councils",
        "POST /api/v1/admin/import/people/check",
        "POST /api/v1/admin/import/people",
    ];

    [Fact]
    public async Task Health_check_answers_healthy_without_signing_in()
    {
        using var anonymous = factory.Anonymous();

        using var response = await anonymous.GetPathAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestRequests.Ct));
    }

    [Fact]
    public async Task OpenAPI_document_lists_every_endpoint()
    {
        var document = await OpenApiAsync();

        Assert.Equal("MediationFlow API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal(Operations.Order(), OperationsIn(document).Order());
    }

    [Theory]
    [InlineData("/api/v1/auth/login", "post", "LoginBody")]
    [InlineData("/api/v1/cases", "post", "NewCaseBody")]
    [InlineData("/api/v1/cases/{id}/actions/{trigger}", "post", "ActionBody")]
    [InlineData("/api/v1/cases/{id}/parties", "post", "PartyBody")]
    [InlineData("/api/v1/cases/{id}/parties/{partyId}", "put", "PartyBody")]
    [InlineData("/api/v1/cases/{id}/screening", "put", "ScreeningBody")]
    [InlineData("/api/v1/cases/{id}/referral", "put", "ReferralBody")]
    [InlineData("/api/v1/cases/{id}/representatives", "post", "RepresentativeBody")]
    [InlineData("/api/v1/cases/{id}/representatives/{representativeId}", "put", "RepresentativeChangeBody")]
    [InlineData("/api/v1/cases/{id}/participants", "post", "ParticipantBody")]
    [InlineData("/api/v1/cases/{id}/participants/{participantId}", "put", "ParticipantBody")]
    [InlineData("/api/v1/councils/{id}/register", "post", "RegisterEntryBody")]
    [InlineData("/api/v1/councils/{id}/register/{entryId}", "put", "RegisterEntryChangeBody")]
    [InlineData("/api/v1/councils/{id}/register/{entryId}/status", "post", "StatusBody")]
    [InlineData("/api/v1/councils/{id}/register/{entryId}/training", "post", "TrainingBody")]
    [InlineData("/api/v1/workshops", "post", "NewWorkshopBody")]
    [InlineData("/api/v1/workshops/{id}/teams", "post", "TeamBody")]
    [InlineData("/api/v1/workshops/{id}/clock", "post", "ClockBody")]
    public async Task Operation_that_takes_a_body_documents_its_JSON_schema(string path, string method, string schema)
    {
        var document = await OpenApiAsync();

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        var body = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal($"#/components/schemas/{schema}", body.GetProperty("$ref").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty(schema, out _));
    }

    [Theory]
    [InlineData("/api/v1/cases", "post")]
    [InlineData("/api/v1/cases/{id}/parties", "post")]
    [InlineData("/api/v1/cases/{id}/representatives", "post")]
    [InlineData("/api/v1/cases/{id}/participants", "post")]
    [InlineData("/api/v1/cases/{id}/file", "post")]
    [InlineData("/api/v1/workshops", "post")]
    public async Task Operation_that_creates_documents_201(string path, string method)
    {
        var document = await OpenApiAsync();

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        Assert.True(responses.TryGetProperty("201", out _), responses.GetRawText());
        Assert.False(responses.TryGetProperty("200", out _), responses.GetRawText());
    }

    [Fact]
    public async Task Every_refusal_the_access_matrix_expects_is_documented_on_its_operation()
    {
        var document = await OpenApiAsync();
        var undocumented = new List<string>();

        foreach (var endpoint in AccessMatrix.Endpoints.Where(e => e.Operation is not null))
        {
            var responses = Operation(document, endpoint.Operation!).GetProperty("responses");
            var refusals = AccessMatrix.Roles.SelectMany(role => endpoint.Targets.Select(target => endpoint.Expect(role, target))).Where(s => s >= 400).Distinct();
            undocumented.AddRange(refusals
                .Where(status => !responses.TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out _))
                .Select(status => $"{endpoint.Operation} answers {status}"));
        }

        Assert.Empty(undocumented);
    }

    [Fact]
    public async Task Every_operation_has_its_own_operationId_and_needs_the_bearer_scheme_except_sign_in()
    {
        var document = await OpenApiAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");

        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        Assert.Contains("mf_", scheme.GetProperty("description").GetString(), StringComparison.Ordinal);
        var ids = Operations.Select(o => Operation(document, o).GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Operations, o =>
        {
            var security = Operation(document, o).GetProperty("security").GetRawText();
            Assert.Equal(o == "POST /api/v1/auth/login" ? "[]" : "[{\"bearer\":[]}]", System.Text.RegularExpressions.Regex.Replace(security, @"\s", string.Empty));
        });
    }

    [Fact]
    public async Task The_two_409s_are_documented_with_the_types_that_tell_them_apart()
    {
        var document = await OpenApiAsync();

        var action = Operation(document, "POST /api/v1/cases/{id}/actions/{trigger}").GetProperty("responses").GetProperty("409");
        var party = Operation(document, "POST /api/v1/cases/{id}/parties").GetProperty("responses").GetProperty("409");

        Assert.Contains("`/problems/stale-version`", action.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`/problems/action-not-available`", action.GetProperty("description").GetString(), StringComparison.Ordinal);
        var either = action.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("oneOf");
        Assert.Equal(["#/components/schemas/StaleVersionProblem", "#/components/schemas/ActionRefusedProblem"], either.EnumerateArray().Select(s => s.GetProperty("$ref").GetString()));
        Assert.DoesNotContain("action-not-available", party.GetProperty("description").GetString(), StringComparison.Ordinal);
        var introduction = document.GetProperty("info").GetProperty("description").GetString();
        Assert.Contains("/problems/stale-version", introduction, StringComparison.Ordinal);
        Assert.Contains("/problems/action-not-available", introduction, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scalar_reference_is_served_at_api_docs_and_reads_the_OpenAPI_document()
    {
        using var browser = factory.CreateClient();

        using var response = await browser.GetPathAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Contains("<title>MediationFlow API</title>", html, StringComparison.Ordinal);

        // The page's script resolves the source against the site root (it strips /api/docs/ from its own path).
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"scalar.js\" nonce=\"", html, StringComparison.Ordinal);
        using var script = await browser.GetPathAsync("/api/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        await OpenApiAsync();
    }

    private async Task<JsonElement> OpenApiAsync()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.GetPathAsync("/openapi/v1.json");
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    private static JsonElement Operation(JsonElement document, string operation)
    {
        var (method, path) = (operation.Split(' ')[0], operation.Split(' ')[1]);
        return document.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant());
    }

    private static IEnumerable<string> OperationsIn(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"));
}
