using System.Globalization;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// A version 3 case driven through the API by the demo's mediator and chair, every legal act dated today in Almaty,
/// every input a JSON string (lists comma-separated) as an API client sends it.
/// </summary>
public sealed class V3Walk(HttpClient mediator, HttpClient chair, Guid mediatorId, long caseId)
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    public long CaseId { get; } = caseId;

    public HttpClient Mediator => mediator;

    public HttpClient Chair => chair;

    public static string Day(int days = 0) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Almaty).DateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>This minute in Almaty: a session planned now can be recorded as held at once.</summary>
    public static string Now() => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Almaty).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static async Task<V3Walk> OpenAsync(MediationFlowFactory factory)
    {
        var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var opened = await mediator.OpenCaseAsync(CaseApi.NewCase(await factory.CouncilIdAsync(DemoUsers.BurabayCode)));
        var walk = new V3Walk(mediator, chair, await factory.UserIdAsync(DemoUsers.Mediator), opened.Id);
        Assert.Equal(3, (await walk.ViewAsync()).GetProperty("definitionVersion").GetInt32());
        return walk;
    }

    public Task<JsonElement> ViewAsync() => chair.CaseAsync(CaseId);

    public async Task<string> StateAsync() => (await ViewAsync()).GetProperty("state").GetString()!;

    public async Task<IReadOnlyList<long>> PartiesAsync() => [.. CaseApi.PartyIds(await ViewAsync())];

    public async Task<V3Walk> ToAwaitingConsentAsync()
    {
        await mediator.TakeAsync(CaseId, "acceptForMediation");
        await chair.TakeAsync(CaseId, "assignMediator", new { mediator = mediatorId.ToString() });
        await mediator.TakeAsync(CaseId, "declareNoConflict", new { declaration = "true" });
        return this;
    }

    public async Task<V3Walk> ToInMediationAsync()
    {
        await ToAwaitingConsentAsync();
        await mediator.TakeAsync(CaseId, "sendProposal", new { proposedOn = Day() });
        foreach (var party in await PartiesAsync())
        {
            await mediator.TakeAsync(CaseId, "recordConsent", new { party = Id(party), consentedOn = Day() });
        }

        await mediator.TakeAsync(CaseId, "signAgreementOnMediation", new { signedOn = Day(), signedByAll = "true", withoutCopyReason = "Kept in the council's paper file" });
        return this;
    }

    /// <summary>A joint session planned for this minute and held with every party.</summary>
    public async Task HoldJointSessionAsync()
    {
        var at = Now();
        await mediator.TakeAsync(CaseId, "scheduleSession", new { plannedAt = at, kind = "joint" });
        var session = (await ViewAsync()).GetProperty("sessions").EnumerateArray().Last().GetProperty("id").GetInt64();
        var attended = string.Join(',', (await PartiesAsync()).Select(p => "party:" + Id(p)));
        await mediator.TakeAsync(CaseId, "recordSession", new { session = Id(session), heldAt = at, attended });
    }

    /// <summary>Reviewed, approved and signed by every party: the case is in follow-up with one obligation due in two weeks.</summary>
    public async Task<V3Walk> ToMonitoringAsync()
    {
        await ToInMediationAsync();
        await HoldJointSessionAsync();
        await mediator.TakeAsync(CaseId, "reachSettlement");
        var parties = await PartiesAsync();
        await mediator.TakeAsync(CaseId, "setTerms", new { terms = "Забор переносится на межу.", scope = "full" });
        await mediator.TakeAsync(CaseId, "addObligation", new { party = Id(parties[1]), description = "Перенести забор.", dueOn = Day(14) });
        await mediator.TakeAsync(CaseId, "submitForReview");
        await chair.TakeAsync(CaseId, "approve");
        foreach (var party in parties)
        {
            await mediator.TakeAsync(CaseId, "recordSignature", new { party = Id(party), signedOn = Day(), method = "emailCopy", withoutCopyReason = "Kept in the council's paper file" });
        }

        Assert.Equal("monitoring", await StateAsync());
        return this;
    }

    public async Task<HttpResponseMessage> ActAsync(HttpClient client, string trigger, object input, string? language = null)
    {
        var version = (await ViewAsync()).GetProperty("version").GetInt32();
        return await client.ActAsync(CaseId, trigger, version, input, language);
    }

    public async Task AssertEndedAsync(string state, string reason)
    {
        var view = await ViewAsync();
        Assert.Equal(state, view.GetProperty("state").GetString());
        Assert.Equal(reason, view.GetProperty("outcomeReason").GetString());
        Assert.True(view.GetProperty("isClosed").GetBoolean());
    }
}
