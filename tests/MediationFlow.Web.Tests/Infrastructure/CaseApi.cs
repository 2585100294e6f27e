using System.Globalization;
using System.Net;
using System.Text.Json;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>The case endpoints as a test uses them to set up a situation: each call asserts it succeeded.</summary>
public static class CaseApi
{
    public const string Cases = "/api/v1/cases";

    /// <summary>A POST /api/v1/cases body: one applicant, one respondent.</summary>
    public static Dictionary<string, object?> NewCase(
        int councilId, string applicant = "Арман Тестов", string respondent = "Болат Тестов",
        string description = "Спор о границе участков.", string category = "landAndBoundaries",
        bool affectsThirdParties = false, string? applicantIin = null) => new()
        {
            ["councilId"] = councilId,
            ["category"] = category,
            ["description"] = description,
            ["affectsThirdParties"] = affectsThirdParties,
            ["parties"] = new object[]
        {
            Party("applicant", applicant, applicantIin),
            Party("respondent", respondent),
        },
        };

    public static Dictionary<string, object?> Party(string role, string fullName, string? iin = null) => new()
    {
        ["role"] = role,
        ["fullName"] = fullName,
        ["iin"] = iin,
        ["preferredLanguage"] = "ru",
    };

    public static async Task<OpenedCase> OpenCaseAsync(this HttpClient client, object body)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostJsonAsync(Cases, body);
        var json = await response.JsonAsync(HttpStatusCode.Created);
        return new OpenedCase(json.GetProperty("caseId").GetInt64(), json.GetProperty("number").GetString()!, json.GetProperty("version").GetInt32());
    }

    public static async Task<JsonElement> CaseAsync(this HttpClient client, long caseId)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetPathAsync(CaseUrl(caseId));
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, long caseId, string trigger, int expectedVersion, object? input = null, string? language = null) =>
        client.PostJsonAsync($"{CaseUrl(caseId)}/actions/{trigger}", new { expectedVersion, input = input ?? new { } }, language);

    /// <summary>Takes an action at the case's current version; returns the new version.</summary>
    public static async Task<int> TakeAsync(this HttpClient client, long caseId, string trigger, object? input = null)
    {
        var version = (await client.CaseAsync(caseId)).GetProperty("version").GetInt32();
        using var response = await client.ActAsync(caseId, trigger, version, input);
        return (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();
    }

    public static string CaseUrl(long caseId) => Cases + "/" + caseId.ToString(CultureInfo.InvariantCulture);

    public static IEnumerable<long> PartyIds(JsonElement view) =>
        view.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("id").GetInt64());
}

/// <summary>What POST /api/v1/cases answered.</summary>
public sealed record OpenedCase(long Id, string Number, int Version);
