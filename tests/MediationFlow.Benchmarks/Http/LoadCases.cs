using System.Globalization;
using System.Text.Json;

namespace MediationFlow.Benchmarks.Http;

/// <summary>
/// One case per client in the demo council of the mediator, each walked through the API to a drafted
/// settlement, in the steps of the version the host opens cases on. From there two plain actions alternate
/// forever (<see cref="Toggle"/>): they write the state, the history event and the audit entry, and grow nothing
/// the next action reads.
/// </summary>
public static class LoadCases
{
    public const string Mediator = "mediator";
    public const string Chair = "chair";

    /// <summary>
    /// The two actions that alternate on a prepared case, by the version of community mediation it runs on: on version
    /// 2 submitting the draft for signature and revising it; on version 3 (whose draft goes to the chair's review)
    /// returning from the draft to the hearing and reaching the settlement again.
    /// </summary>
    public static (string There, string Back) Toggle(int version) =>
        version >= 3 ? ("resumeHearing", "reachSettlement") : ("submitForSignature", "reviseDraft");

    public static async Task<IReadOnlyList<long>> PrepareAsync(DemoApi mediator, DemoApi chair, int count)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        ArgumentNullException.ThrowIfNull(chair);

        // The mediator's own id and council, from a case assigned to them in the demo dataset.
        var (mediatorId, councilId) = await MediatorOfAsync(mediator);
        var cases = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var opened = await mediator.PostAsync("/api/v1/cases", new
            {
                councilId,
                category = "neighboursAndHousing",
                description = "A fence moved half a metre onto the neighbour's plot.",
                parties = new object[]
                {
                    new { role = "applicant", fullName = "Айгерім Садықова", preferredLanguage = "kk" },
                    new { role = "respondent", fullName = "Нұрлан Беков", preferredLanguage = "kk" },
                },
            });
            var caseId = opened.GetProperty("caseId").GetInt64();
            await mediator.TakeAsync(caseId, "acceptForMediation");
            await chair.TakeAsync(caseId, "assignMediator", new { mediator = mediatorId });
            await mediator.TakeAsync(caseId, "declareNoConflict", new { declaration = true });
            var view = await mediator.CaseAsync(caseId);
            var parties = Ids(view, "parties");
            if (view.GetProperty("definitionVersion").GetInt32() >= 3)
            {
                await ToDraftOnVersion3Async(mediator, caseId, parties);
            }
            else
            {
                await ToDraftOnVersion2Async(mediator, caseId, parties);
            }

            cases.Add(caseId);
        }

        return cases;
    }

    private static async Task ToDraftOnVersion2Async(DemoApi mediator, long caseId, List<string> parties)
    {
        foreach (var party in parties)
        {
            await mediator.TakeAsync(caseId, "recordConsent", new { party });
        }

        await mediator.TakeAsync(caseId, "signAgreementOnMediation", new { signedByAll = true });
        await mediator.TakeAsync(caseId, "scheduleSession", new { plannedAt = "2026-12-01T10:00", place = "Әкімдік, 3-бөлме" });
        var session = Ids(await mediator.CaseAsync(caseId), "sessions")[0];
        await mediator.TakeAsync(caseId, "recordSession", new { session, attendance = "held", outcomeNote = "Both sides spoke." });
        await mediator.TakeAsync(caseId, "reachSettlement");
        await mediator.TakeAsync(caseId, "addObligation", new { party = parties[1], description = "Move the fence back", dueOn = "2026-12-10" });
    }

    /// <summary>Every legal act dated today where the council is, and a joint session held this minute with both parties.</summary>
    private static async Task ToDraftOnVersion3Async(DemoApi mediator, long caseId, List<string> parties)
    {
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty"));
        var today = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var minute = now.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        await mediator.TakeAsync(caseId, "sendProposal", new { proposedOn = today });
        foreach (var party in parties)
        {
            await mediator.TakeAsync(caseId, "recordConsent", new { party, consentedOn = today });
        }

        await mediator.TakeAsync(caseId, "signAgreementOnMediation", new { signedOn = today, signedByAll = true, withoutCopyReason = "Kept in the council's paper file" });
        await mediator.TakeAsync(caseId, "scheduleSession", new { plannedAt = minute, kind = "joint" });
        var session = Ids(await mediator.CaseAsync(caseId), "sessions")[0];
        await mediator.TakeAsync(caseId, "recordSession", new { session, heldAt = minute, attended = string.Join(',', parties.Select(p => "party:" + p)) });
        await mediator.TakeAsync(caseId, "reachSettlement");
    }

    private static async Task<(string MediatorId, int CouncilId)> MediatorOfAsync(DemoApi mediator)
    {
        var hits = (await mediator.GetAsync("/api/v1/cases?pageSize=50")).GetProperty("items");
        foreach (var hit in hits.EnumerateArray())
        {
            var view = await mediator.CaseAsync(hit.GetProperty("caseId").GetInt64());
            if (view.GetProperty("assignedMediatorId") is { ValueKind: JsonValueKind.String } assigned)
            {
                return (assigned.GetString()!, view.GetProperty("councilId").GetInt32());
            }
        }

        throw new InvalidOperationException("The demo mediator has no assigned case to learn their id from.");
    }

    private static List<string> Ids(JsonElement view, string collection) =>
        [.. view.GetProperty(collection).EnumerateArray().Select(p => p.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture))];
}
