using System.Globalization;
using System.Net;
using System.Text.Json;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>The workshop endpoints as a test uses them to set up a situation: each call asserts it succeeded.</summary>
public static class WorkshopApi
{
    public const string Workshops = "/api/v1/workshops";

    /// <summary>The scenario the tests run: two parties, scripted events, a 30-day term on workflow v3.</summary>
    public const string Scenario = "village-boundary";

    /// <summary>The scenario's event of day 3: trainers fire it early.</summary>
    public const string FirstEvent = "respondentMissesSession";

    /// <summary>The scenario's event of day 10: it happens by itself when the clock passes that day.</summary>
    public const string LaterEvent = "surveyorAvailable";

    public static string Url(long workshopId, string? rest = null) =>
        Workshops + "/" + workshopId.ToString(CultureInfo.InvariantCulture) + (rest is null ? string.Empty : "/" + rest);

    public static async Task<long> CreateAsync(this HttpClient trainer, int councilId, string title = "Тренинг: медиация")
    {
        ArgumentNullException.ThrowIfNull(trainer);
        using var response = await trainer.PostJsonAsync(Workshops, new { councilId, scenarioId = Scenario, title });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("workshopId").GetInt64();
    }

    public static async Task<long> AddTeamAsync(this HttpClient trainer, long workshopId, string name, params string[] trainees)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        using var response = await trainer.PostJsonAsync(Url(workshopId, "teams"), new { name, trainees });
        return (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("teamId").GetInt64();
    }

    /// <summary>POSTs with an empty body (start, end, events) and asserts 200.</summary>
    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostJsonAsync(url, new { });
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> ClockAsync(this HttpClient trainer, long workshopId, object change)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        using var response = await trainer.PostJsonAsync(Url(workshopId, "clock"), change);
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> StatusAsync(this HttpClient client, long workshopId)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetPathAsync(Url(workshopId));
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>A team as the status shows it, found by name.</summary>
    public static JsonElement Team(JsonElement status, string name) =>
        status.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    public static long CaseId(JsonElement team) => team.GetProperty("caseId").GetInt64();

    /// <summary>A started workshop of the Burabay trainer with one team per trainee given, named "Team 1", "Team 2", ….</summary>
    public static async Task<long> StartedAsync(MediationFlowFactory factory, params string[] trainees)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(trainees);
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        var id = await trainer.CreateAsync(await factory.CouncilIdAsync(DemoUsers.BurabayCode));
        for (var i = 0; i < trainees.Length; i++)
        {
            await trainer.AddTeamAsync(id, $"Team {i + 1}", trainees[i]);
        }

        await trainer.PostOkAsync(Url(id, "start"));
        return id;
    }

    /// <summary>
    /// Team 1's sandbox case of a started workshop, taken into mediation by its trainee, the consents and the agreement on
    /// mediation dated today on the workshop clock: its 30-day term runs.
    /// </summary>
    public static async Task<long> TeamOneIntoMediationAsync(MediationFlowFactory factory, long workshopId)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        using var trainee = await factory.ApiClientAsync(DemoUsers.TraineeOne);
        var caseId = CaseId(Team(await trainer.StatusAsync(workshopId), "Team 1"));
        await trainee.TakeAsync(caseId, "acceptForMediation");
        await trainer.TakeAsync(caseId, "assignMediator", new { mediator = (await factory.UserIdAsync(DemoUsers.TraineeOne)).ToString() });
        await trainee.TakeAsync(caseId, "declareNoConflict", new { declaration = true });
        var sandbox = await trainee.CaseAsync(caseId);
        var today = WorkshopDay(sandbox);
        foreach (var party in CaseApi.PartyIds(sandbox))
        {
            await trainee.TakeAsync(caseId, "recordConsent", new { party = party.ToString(CultureInfo.InvariantCulture), consentedOn = today });
        }

        await trainee.TakeAsync(caseId, "signAgreementOnMediation", new { signedOn = today, signedByAll = true, withoutCopyReason = "Kept in the council's paper file" });
        return caseId;
    }

    /// <summary>"yyyy-MM-dd" of the day it is on a sandbox case's workshop clock, in the council's time zone (Almaty).</summary>
    public static string WorkshopDay(JsonElement sandboxCase) => Local(sandboxCase).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>This minute on a sandbox case's workshop clock in Almaty: a session planned then can be recorded as held at once.</summary>
    public static string WorkshopMinute(JsonElement sandboxCase) => Local(sandboxCase).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset Local(JsonElement sandboxCase) =>
        TimeZoneInfo.ConvertTime(sandboxCase.GetProperty("now").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty"));
}
